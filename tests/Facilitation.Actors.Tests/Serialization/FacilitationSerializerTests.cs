using System.Text;
using Akka.Actor;
using Facilitation.Actors.Serialization;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Members;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Tests.Serialization;

/// <summary>
/// What reaches the journal and the snapshot store: each persisted type under a stable manifest,
/// as System.Text.Json with plain-string ids. A rename of a type must never change what is written.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class FacilitationSerializerTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly ShiftId Shift = ShiftId.Parse("2026-W49-3f9a1c2e");
    private static readonly ShiftId OtherShift = ShiftId.Parse("2026-W49-00c0ffee");
    private static readonly SiteId Site = new("casaco");
    private static readonly PersonId Lea = new("lea");
    private static readonly PersonId Samir = new("samir");
    private static readonly PersonId Camille = new("camille");
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);

    private readonly FacilitationSerializer _serializer;

    public FacilitationSerializerTests() : base("akka.loglevel = WARNING") =>
        _serializer = new FacilitationSerializer((ExtendedActorSystem)Sys);

    [Fact]
    public void The_manifests_are_exactly_these_and_never_change()
    {
        string[] expected =
        [
            "desk.assigned.v1",
            "desk.released.v1",
            "desk.snapshot.v1",
            "desk.taken.v1",
            "desk.unassigned.v1",
            "health.journal-checked.v1",
            "member.admitted.v1",
            "member.enrolled.v1",
            "member.pass-sold.v1",
            "member.plan-changed.v1",
            "members.snapshot.v1",
            "presence.checked-in.v1",
            "presence.checked-out.v1",
            "presence.snapshot.v1",
            "presence.visitor-arrived.v1",
            "presence.visitor-left.v1",
            "room.booked.v1",
            "room.cancelled.v1",
            "room.moved.v1",
            "room.snapshot.v1",
            "shift.approved.v1",
            "shift.cancelled.v1",
            "shift.claimed.v1",
            "shift.ended.v1",
            "shift.handed-over.v1",
            "shift.handover-declined.v1",
            "shift.handover-offered.v1",
            "shift.no-show.v1",
            "shift.opened.v1",
            "shift.reassigned.v1",
            "shift.released.v1",
            "shift.snapshot.v1",
            "shift.started.v1",
            "shift.work-recorded.v1",
            "task.appeared.v1",
            "task.cancelled.v1",
            "task.claimed.v1",
            "task.completed.v1",
            "task.escalated.v1",
            "task.planned.v1",
            "task.raised.v1",
            "task.reassigned.v1",
            "task.unplanned.v1",
            "task.withdrawn.v1",
            "tasks.snapshot.v1",
            "week.hours-reserved.v1",
            "week.shift-published.v1",
            "week.shift-reported.v1",
            "week.snapshot.v1",
        ];

        Assert.Equal(expected, PersistedTypes.Manifests.Order(StringComparer.Ordinal));
        Assert.Equal("shift.claimed.v1", _serializer.Manifest(new ShiftEvents.Claimed(new CommandId("c"), Lea, Lea)));
        Assert.Equal("week.shift-published.v1", PersistedTypes.ManifestOf(typeof(LedgerEvents.ShiftPublished)));
        Assert.Equal(typeof(ShiftState), PersistedTypes.TypeOf("shift.snapshot.v1"));
        Assert.Equal(typeof(WeekLedgerState), PersistedTypes.TypeOf("week.snapshot.v1"));
    }

    [Fact]
    public void Every_persisted_type_has_a_sample_here_and_round_trips_under_its_manifest()
    {
        var samples = Samples().ToDictionary(s => s.GetType());
        var types = PersistedTypes.Manifests.Select(PersistedTypes.TypeOf).ToHashSet();
        // A manifest added without a sample here fails, so that no persisted type goes untested.
        Assert.Equal(types.OrderBy(t => t.FullName), samples.Keys.OrderBy(t => t.FullName));

        foreach (var manifest in PersistedTypes.Manifests)
        {
            var sample = samples[PersistedTypes.TypeOf(manifest)];
            Assert.Equal(manifest, _serializer.Manifest(sample));

            var bytes = _serializer.ToBinary(sample);
            var back = _serializer.FromBinary(bytes, manifest);

            Assert.IsType(sample.GetType(), back);
            Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(_serializer.ToBinary(back)));
            if (sample is IPersistedEvent) Assert.Equal(sample, back); // records of values: equal by value
        }
    }

    [Fact]
    public void A_shift_snapshot_keeps_its_handled_commands_keyed_by_command_id()
    {
        var state = ShiftSnapshot();
        Assert.Equal(4, state.Handled.Count);

        var back = Assert.IsType<ShiftState>(_serializer.FromBinary(_serializer.ToBinary(state), "shift.snapshot.v1"));

        Assert.Equal(state.View(), back.View());
        Assert.Equal(state.Version, back.Version);
        Assert.Equal(state.Handled.Keys.OrderBy(k => k.Value), back.Handled.Keys.OrderBy(k => k.Value));
        foreach (var (id, handled) in state.Handled)
            Assert.Equal(handled, back.Handled[id]);
        // A retry after recovery from the snapshot is still recognised.
        var claim = new ShiftCommands.Claim(new CommandId("claim-1"), TestSite.Facilitator(Lea), Lea);
        Assert.IsType<Domain.Outcomes.Decision<IShiftEvent, ShiftView>.Repeat>(ShiftDecider.Decide(back, claim, new()));
        var json = Encoding.UTF8.GetString(_serializer.ToBinary(state));
        Assert.Contains("\"handled\":{\"", json);
        Assert.Contains("\"claim-1\":{", json); // the key is the command id itself
    }

    [Fact]
    public void A_room_snapshot_keeps_its_bookings_and_recognises_a_retry()
    {
        var state = RoomSnapshot();

        var back = Assert.IsType<RoomState>(_serializer.FromBinary(_serializer.ToBinary(state), "room.snapshot.v1"));

        Assert.Equal(state.Bookings.Values, back.Bookings.Values);
        Assert.Equal((state.Site, state.Room, state.Version), (back.Site, back.Room, back.Version));
        Assert.Equal(state.Handled[new CommandId("book-1")], back.Handled[new CommandId("book-1")]);
    }

    private static RoomState RoomSnapshot() =>
        new IRoomEvent[]
        {
            new RoomEvents.Booked(new CommandId("book-1"), Booking, new TimeRange(Start, End), BookingKind.Member, "Point d'équipe", "Léa", 4, false, false, Lea, Start.AddDays(-1)),
            new RoomEvents.Moved(new CommandId("move-1"), Booking, new TimeRange(Start.AddHours(1), End.AddHours(1)), Lea, Start.AddDays(-1)),
        }.Aggregate(RoomState.Empty(new SiteId("casaco"), "salle-vanves"), RoomDecider.Apply);

    [Fact]
    public void A_task_snapshot_keeps_its_plans_and_where_each_planned_task_came_from()
    {
        var state = TaskSnapshot();
        Assert.Equal(2, state.Plans.Count);

        var back = Assert.IsType<TaskBoardState>(_serializer.FromBinary(_serializer.ToBinary(state), "tasks.snapshot.v1"));

        Assert.Equal(state.Plans.Keys, back.Plans.Keys);
        foreach (var (slot, plan) in state.Plans)
            Assert.Equal(plan, back.Plans[slot]);
        Assert.Equal("booking:salle-vanves:ab12#setup", back.Find(PlannedId)!.Source);
        Assert.Equal(state.NextDeadline, back.NextDeadline);
    }

    [Fact]
    public void A_week_snapshot_keeps_its_shifts_and_publish_records()
    {
        var state = WeekSnapshot();

        var back = Assert.IsType<WeekLedgerState>(_serializer.FromBinary(_serializer.ToBinary(state), "week.snapshot.v1"));

        Assert.Equal(state.Site, back.Site);
        Assert.Equal(state.Week, back.Week);
        Assert.Equal(state.Version, back.Version);
        Assert.Equal(state.Shifts.Keys, back.Shifts.Keys);
        foreach (var (id, shift) in state.Shifts)
            Assert.Equal(shift, back.Shifts[id]);
        Assert.Equal(state.Published.Count, back.Published.Count);
        foreach (var (id, record) in state.Published)
            Assert.Equal(record, back.Published[id]);
        Assert.Equal(state.CommittedHours, back.CommittedHours);
        Assert.Equal(state.People(), back.People());
    }

    [Fact]
    public void A_claimed_event_is_written_as_exactly_this_json()
    {
        var claimed = new ShiftEvents.Claimed(new CommandId("claim-7f3a"), Lea, Camille);

        var json = Encoding.UTF8.GetString(_serializer.ToBinary(claimed));

        Assert.Equal("""{"commandId":"claim-7f3a","holder":"lea","by":"camille"}""", json);
        Assert.Equal(claimed, _serializer.FromBinary(Encoding.UTF8.GetBytes(json), "shift.claimed.v1"));
    }

    [Fact]
    public void A_shift_report_written_before_handovers_and_approvals_reads_as_no_offer_and_not_approved()
    {
        const string older = """{"shift":"2026-W49-0a1b2c3d","status":"ended","holder":"samir","startedAt":"2026-11-30T08:00:00+00:00","endedAt":"2026-11-30T16:00:00+00:00","version":7}""";

        var report = Assert.IsType<LedgerEvents.ShiftReported>(_serializer.FromBinary(Encoding.UTF8.GetBytes(older), "week.shift-reported.v1"));

        Assert.Equal((ShiftStatus.Ended, (PersonId?)Samir, 7L), (report.Status, report.Holder, report.Version));
        Assert.Null(report.OfferedTo);
        Assert.False(report.Approved);
    }

    [Fact]
    public void A_shift_published_event_is_written_as_exactly_this_json()
    {
        var publish = new LedgerCommands.Publish(new CommandId("publish-1"), TestSite.CoManager, Shift, ShiftRole.Welcome, new TimeRange(Start, End));
        var published = new LedgerEvents.ShiftPublished(publish.CommandId, Shift, ShiftRole.Welcome, Start, End, Camille, publish.Fingerprint);

        var json = Encoding.UTF8.GetString(_serializer.ToBinary(published));

        // System.Text.Json's default encoder writes '+' inside strings as \u002B (dates it writes as is).
        Assert.Equal(
            """{"commandId":"publish-1","shift":"2026-W49-3f9a1c2e","role":"welcome","start":"2026-11-30T08:00:00+00:00","end":"2026-11-30T16:00:00+00:00","by":"camille","fingerprint":"publish:Welcome:2026-11-30T08:00:00.0000000\u002B00:00:2026-11-30T16:00:00.0000000\u002B00:00"}""",
            json);
        Assert.Equal(published, _serializer.FromBinary(Encoding.UTF8.GetBytes(json), "week.shift-published.v1"));
    }

    [Fact]
    public void An_unknown_manifest_is_refused_with_a_clear_error()
    {
        var bytes = _serializer.ToBinary(new LedgerEvents.HoursReserved(Shift, Lea));

        var error = Assert.Throws<ArgumentException>(() => _serializer.FromBinary(bytes, "week.hours-reserved.v0"));

        Assert.Contains("unknown manifest 'week.hours-reserved.v0'", error.Message);
    }

    [Fact]
    public void A_type_without_a_manifest_is_refused_rather_than_written_under_its_dotnet_name()
    {
        var error = Assert.Throws<ArgumentException>(() => _serializer.Manifest(new ShiftCommands.Release(new CommandId("r"), TestSite.CoManager)));

        Assert.Contains("has no manifest", error.Message);
        Assert.Contains(nameof(PersistedTypes), error.Message);
    }

    private static readonly BookingId Booking = BookingId.Parse("4f2a9c01be");

    private static IEnumerable<object> Samples() =>
    [
        new RoomEvents.Booked(new CommandId("book-1"), Booking, new TimeRange(Start, End), BookingKind.Client, "Atelier compta", "Nadia Benali", 8, true, false, Camille, Start.AddDays(-3)),
        new RoomEvents.Moved(new CommandId("move-1"), Booking, new TimeRange(Start.AddHours(1), End.AddHours(1)), Camille, Start.AddDays(-2)),
        new RoomEvents.Cancelled(new CommandId("cancel-room-1"), Booking, Camille, Start.AddDays(-1)),
        RoomSnapshot(),
        new ShiftEvents.Opened(Shift, ShiftRole.Community, Start, End),
        new Facilitation.Actors.Health.JournalChecked(Start),
        new ShiftEvents.Claimed(new CommandId("claim-1"), Lea, Lea),
        new ShiftEvents.Reassigned(new CommandId("reassign-1"), Lea, Samir, Camille),
        new ShiftEvents.HandoverOffered(new CommandId("offer-1"), Lea, Samir),
        new ShiftEvents.HandedOver(new CommandId("accept-1"), Lea, Samir),
        new ShiftEvents.HandoverDeclined(new CommandId("decline-1"), Samir, Samir),
        new ShiftEvents.Approved(new CommandId("approve-1"), Lea, Camille),
        new ShiftEvents.WorkRecorded(new CommandId("worked-1"), Start.AddMinutes(-10), End.AddMinutes(25), Camille),
        new ShiftEvents.Released(new CommandId("release-1"), Lea, Camille),
        new ShiftEvents.Started(new CommandId("start-1"), Start.AddMinutes(-10), Samir),
        new ShiftEvents.Ended(new CommandId("end-1"), End.AddMinutes(25), Samir),
        new ShiftEvents.Cancelled(new CommandId("cancel-1"), Camille),
        new ShiftEvents.MarkedNoShow(new CommandId("no-show-1"), Start.AddMinutes(20), Camille),
        ShiftSnapshot(),
        new LedgerEvents.ShiftPublished(new CommandId("publish-1"), Shift, ShiftRole.Cleaning, Start, End, Camille, "publish:Cleaning:x"),
        new LedgerEvents.HoursReserved(Shift, Samir),
        new LedgerEvents.ShiftReported(Shift, ShiftStatus.Ended, Samir, Start, End, 7),
        WeekSnapshot(),
        new TaskEvents.Raised(new CommandId("raise-1"), Task, TaskKind.Welcome, "<b>Visiteur</b> pour Léa", "entrance", TaskOrigin.MemberRequest, TaskPriority.High, "Jeanne", null, Start, Start.AddMinutes(10)),
        new TaskEvents.Claimed(new CommandId("task-claim-1"), Task, Lea, Start.AddMinutes(2)),
        new TaskEvents.Completed(new CommandId("task-done-1"), Task, Lea, Start.AddMinutes(5)),
        new TaskEvents.Reassigned(new CommandId("task-move-1"), Task, Camille, Samir, Start.AddMinutes(3)),
        new TaskEvents.Cancelled(new CommandId("task-cancel-1"), Task, Camille, Start.AddMinutes(4)),
        new TaskEvents.Escalated(Task, Start.AddMinutes(10)),
        new TaskEvents.Planned(PlannedId, "booking:salle-vanves:ab12", TaskOrigin.RoomBooking, SetUp, Start),
        new TaskEvents.Unplanned(PlannedId, "booking:salle-vanves:ab12", "setup", Start.AddMinutes(1)),
        new TaskEvents.Appeared(PlannedId, Start.AddMinutes(15)),
        new TaskEvents.Withdrawn(PlannedId, Start.AddMinutes(20)),
        TaskSnapshot(),
        new MemberEvents.Enrolled(new CommandId("enrol-1"), Jeanne, "Jeanne Martin", PlanKind.Pass, Start),
        new MemberEvents.PlanChanged(new CommandId("plan-1"), Jeanne, PlanKind.Nomad, Start),
        new MemberEvents.PassSold(new CommandId("pass-1"), Jeanne, 30, new DateOnly(2027, 5, 29), Start),
        new MemberEvents.Admitted(new CommandId("in-1"), Jeanne, true, new DateOnly(2026, 11, 30), DayCover.Morning, 2, Start),
        MembersSnapshot(),
        new DeskEvents.Assigned(new CommandId("assign-1"), Jeanne, Camille, Start),
        new DeskEvents.Unassigned(new CommandId("unassign-1"), Jeanne, Camille, Start),
        new DeskEvents.Taken(Jeanne, new DateOnly(2026, 11, 30), Start),
        new DeskEvents.Released(Jeanne, Start),
        DeskSnapshot(),
        new PresenceEvents.CheckedIn(new CommandId("in-1"), Jeanne, "poste-01", false, 3, 27, Start),
        new PresenceEvents.CheckedOut(new CommandId("out-1"), Jeanne, "poste-01", End),
        new PresenceEvents.VisitorArrived(new CommandId("visitor-1"), Visitor, "Paul", Lea, Start),
        new PresenceEvents.VisitorLeft(new CommandId("visitor-out-1"), Visitor, End),
        PresenceSnapshot(),
    ];

    private static readonly PersonId Jeanne = new("jeanne");

    private static readonly VisitorId Visitor = VisitorId.Parse("00aa11bb22");

    /// <summary>A member with a pass, charged a morning, and the commands that did it.</summary>
    private static MembershipState MembersSnapshot() =>
        new IMemberEvent[]
        {
            new MemberEvents.Enrolled(new CommandId("enrol-1"), Jeanne, "Jeanne Martin", PlanKind.None, Start),
            new MemberEvents.PassSold(new CommandId("pass-1"), Jeanne, 30, new DateOnly(2027, 5, 29), Start),
            new MemberEvents.Admitted(new CommandId("in-1"), Jeanne, true, new DateOnly(2026, 11, 30), DayCover.Morning, 2, Start),
        }.Aggregate(MembershipState.Empty(Site), MembershipDecider.Apply);

    private static DeskState DeskSnapshot() =>
        new IDeskEvent[]
        {
            new DeskEvents.Assigned(new CommandId("assign-1"), Jeanne, Camille, Start),
            new DeskEvents.Taken(Jeanne, new DateOnly(2026, 11, 30), Start),
        }.Aggregate(DeskState.Empty(Site, "poste-17"), DeskDecider.Apply);

    private static PresenceState PresenceSnapshot() =>
        new IPresenceEvent[]
        {
            new PresenceEvents.CheckedIn(new CommandId("in-1"), Jeanne, "poste-01", false, 3, 27, Start),
            new PresenceEvents.VisitorArrived(new CommandId("visitor-1"), Visitor, "Paul", Lea, Start),
        }.Aggregate(PresenceState.Empty(Site, new DateOnly(2026, 11, 30)), PresenceDecider.Apply);

    private static readonly TaskId Task = TaskId.Parse("0123456789");

    private static readonly TaskId PlannedId = TaskId.Parse("abcdef0123");

    private static readonly PlannedTask SetUp =
        new("setup", TaskKind.Logistics, TaskPriority.Normal, "Installer la Salle Vanves", "salle-vanves", Start.AddMinutes(15), Start.AddMinutes(45));

    private static readonly PlannedTask Cleaning =
        new("cleaning", TaskKind.Cleaning, TaskPriority.Normal, "Ranger la Salle Vanves", "salle-vanves", End, End.AddHours(1));

    /// <summary>A board with a task raised by the kiosk, escalated, then claimed; and a booking's set-up on the board, its cleaning to come.</summary>
    private static TaskBoardState TaskSnapshot() =>
        new ITaskEvent[]
        {
            new TaskEvents.Planned(PlannedId, "booking:salle-vanves:ab12", TaskOrigin.RoomBooking, SetUp, Start),
            new TaskEvents.Planned(TaskId.Parse("fedcba9876"), "booking:salle-vanves:ab12", TaskOrigin.RoomBooking, Cleaning, Start),
            new TaskEvents.Appeared(PlannedId, Start.AddMinutes(15)),
            new TaskEvents.Raised(new CommandId("raise-1"), Task, TaskKind.Welcome, "Visiteur", "entrance", TaskOrigin.MemberRequest, TaskPriority.High, "Jeanne", null, Start, Start.AddMinutes(10)),
            new TaskEvents.Escalated(Task, Start.AddMinutes(10)),
            new TaskEvents.Claimed(new CommandId("task-claim-1"), Task, Lea, Start.AddMinutes(12)),
        }.Aggregate(TaskBoardState.Empty(Site), TaskBoardDecider.Apply);

    /// <summary>A shift claimed, released, claimed by another and started: four handled commands.</summary>
    private static ShiftState ShiftSnapshot() =>
        new IShiftEvent[]
        {
            new ShiftEvents.Opened(Shift, ShiftRole.Welcome, Start, End),
            new ShiftEvents.Claimed(new CommandId("claim-1"), Lea, Lea),
            new ShiftEvents.Released(new CommandId("release-1"), Lea, Lea),
            new ShiftEvents.Claimed(new CommandId("claim:2"), Samir, Camille),
            new ShiftEvents.Started(new CommandId("start_1"), Start.AddMinutes(-5), Samir),
        }.Aggregate(ShiftState.Empty(Shift), ShiftDecider.Apply);

    /// <summary>Two shifts in a week: one held by Lea, one reported ended by Samir.</summary>
    private static WeekLedgerState WeekSnapshot() =>
        new ILedgerEvent[]
        {
            new LedgerEvents.ShiftPublished(new CommandId("publish-1"), Shift, ShiftRole.Welcome, Start, End, Camille, "publish:a"),
            new LedgerEvents.ShiftPublished(new CommandId("publish-2"), OtherShift, ShiftRole.Logistics, Start.AddDays(1), End.AddDays(1), Camille, "publish:b"),
            new LedgerEvents.HoursReserved(Shift, Lea),
            new LedgerEvents.HoursReserved(OtherShift, Samir),
            new LedgerEvents.ShiftReported(OtherShift, ShiftStatus.Ended, Samir, Start.AddDays(1), End.AddDays(1).AddHours(1), 4),
        }.Aggregate(WeekLedgerState.Empty(Site, new IsoWeek(2026, 49)), WeekLedgerDecider.Apply);
}
