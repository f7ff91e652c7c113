using System.Collections.Immutable;
using Akka.Serialization;
using Facilitation.Actors.Desks;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Members;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Members;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;
using Xunit.Abstractions;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Actors.Tests.Serialization;

/// <summary>
/// What an entity answers a reader may cross to another node, where a message over remoting's
/// frame (128,000 bytes) is dropped and the reader answers 503 after its time-out. Each answer a
/// GET asks for is built here at its largest — a full page, every text at its longest, made of a
/// character JSON writes as six bytes — and encoded as the actor system encodes it for the wire.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class ReplySizeTests(ITestOutputHelper output) : NodeTest
{
    /// <summary>The frame, less room for the envelope (the recipient's and the sender's paths, the manifest).</summary>
    private const int Budget = 120_000;

    /// <summary>The longest id of a person, a room, a desk (a slug).</summary>
    private const int IdLength = 40;

    private static readonly DateTimeOffset Now = TestSite.At(0, 9);

    [Fact]
    public void A_page_of_waiting_tasks_at_its_largest_fits_in_a_message()
    {
        var history = Enumerable.Range(0, WaitingTasks.HistoryKept)
            .Select(i => new TaskHistoryEntry(Now.AddMinutes(i), TaskHistoryEntry.Reassigned, Person('b'), Person('t')))
            .ToImmutableList();
        var tasks = Enumerable.Range(0, WaitingTasks.PageSize).Select(i => new TaskEntry(
            TaskId.New(), TaskKind.Welcome, Escaped(TaskEntry.MaxTitleLength), new string('p', IdLength), TaskOrigin.RoomBooking, TaskPriority.Urgent,
            Escaped(TaskEntry.MaxNameLength), Now, Now.AddMinutes(i), TaskStatus.Claimed, Person('c'), Person('r'), history, long.MaxValue)
        {
            Source = new string('s', 120),
        }).ToList();

        Fits(new Page<TaskEntry>(tasks, int.MaxValue, Keyset.TimeKey(Now, TaskId.New().Value)));
    }

    [Fact]
    public void A_page_of_members_at_its_largest_fits_in_a_message_and_so_do_the_members_found()
    {
        var members = Enumerable.Range(0, MemberPages.PageSize).Select(i => new MemberEntry(
            Person((char)('a' + i % 26)), Escaped(MemberEntry.MaxNameLength), PlanKind.Pass, int.MaxValue, DateOnly.MaxValue,
            new DayCharge(DateOnly.MaxValue, DayCover.Full, int.MaxValue))).ToList();

        Fits(new Page<MemberEntry>(members, int.MaxValue, new string('m', IdLength)));
        Fits(new MembershipMessages.MembersFound(members));
    }

    [Fact]
    public void A_page_of_a_rooms_day_at_its_largest_fits_in_a_message()
    {
        var bookings = Enumerable.Range(0, RoomDay.PageSize).Select(i => new Booking(
            BookingId.New(), new string('r', IdLength), new TimeRange(Now.AddMinutes(i), Now.AddMinutes(i + 1)), BookingKind.Privatisation,
            Escaped(Booking.MaxTitleLength), Escaped(Booking.MaxHolderLength), int.MaxValue, true, Person('b'), BookingStatus.Live, true, long.MaxValue)).ToList();

        Fits(new Page<Booking>(bookings, int.MaxValue, Keyset.TimeKey(Now, BookingId.New().Value)));
    }

    [Fact]
    public void A_days_presence_at_its_largest_fits_in_a_message()
    {
        var members = Enumerable.Range(0, PresenceView.PageSize)
            .Select(i => new PresentMember(Person((char)('a' + i % 26)), new string('d', IdLength), Now)).ToList();
        var visitors = Enumerable.Range(0, PresenceView.PageSize)
            .Select(_ => new PresentVisitor(VisitorId.New(), Escaped(PresentVisitor.MaxNameLength), Person('h'), Now)).ToList();

        Fits(new PresenceView(Node.SiteId, DateOnly.MaxValue, int.MaxValue,
            new Page<PresentMember>(members, int.MaxValue, new string('m', IdLength)),
            new Page<PresentVisitor>(visitors, int.MaxValue, VisitorId.New().Value), long.MaxValue));
    }

    [Fact]
    public void A_desk_fits_in_a_message_whatever_it_did_and_arrives_whole()
    {
        var desk = new DeskView(Node.SiteId, new string('d', IdLength), Person('a'), new DeskTake(Person('m'), DateOnly.MaxValue, Now), long.MaxValue);

        Fits(desk);
        Fits(new DeskMessages.DeskResult.Accepted(desk, Repeated: true));
    }

    [Fact]
    public void A_week_with_as_many_shifts_as_it_may_hold_fits_in_a_message()
    {
        var week = TestSite.Week;
        var state = WeekLedgerState.Empty(Node.SiteId, week);
        for (var i = 0; i < WeekLedgerState.MaxShifts; i++)
        {
            var id = ShiftId.New(week);
            var range = new TimeRange(TestSite.At(0, 0).AddMinutes(i), TestSite.At(0, 0).AddMinutes(i + 1));
            var publish = new LedgerCommands.Publish(new CommandId(new string('c', CommandId.MaxLength - 3) + $"{i:D3}"), TestSite.CoManager, id, ShiftRole.Community, range);
            state = state with
            {
                Shifts = state.Shifts.SetItem(id.Value, new LedgerShift(id, ShiftRole.Community, range, ShiftStatus.Ended, Person('h'), range.Start, range.End, long.MaxValue)
                {
                    OfferedTo = Person('o'),
                    Approved = true,
                }),
                Published = state.Published.SetItem(publish.CommandId, new PublishRecord(publish.Fingerprint, id)),
            };
        }

        Fits(state, roundTrip: false); // the snapshot serializer, tested on its own
        Fits(new WeekLedgerMessages.ShiftFound(state.Shifts.Values.First()));
    }

    /// <summary>Encodes the answer as the actor system sends it to another node, and reads it back.</summary>
    private void Fits<T>(T answer, bool roundTrip = true) where T : notnull
    {
        var serializer = Node.System.Serialization.FindSerializerFor(answer);
        var bytes = serializer.ToBinary(answer);
        output.WriteLine($"{typeof(T).Name}: {bytes.Length:N0} bytes");
        Assert.True(bytes.Length < Budget, $"{typeof(T).Name}: {bytes.Length:N0} bytes at its largest, over {Budget:N0}");
        if (!roundTrip) return;
        Assert.IsType<NewtonSoftJsonSerializer>(serializer);
        Assert.Equivalent(answer, serializer.FromBinary(bytes, typeof(T)), strict: true);
    }

    /// <summary>A text of the given length made of a character JSON escapes as \u0001: six bytes each, the most any character takes.</summary>
    private static string Escaped(int length) => new('\u0001', length);

    private static PersonId Person(char letter) => new(new string(letter, IdLength));
}
