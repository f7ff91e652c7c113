using System.Collections.Frozen;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Members;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;

namespace Facilitation.Actors.Serialization;

/// <summary>
/// The stable name of every type that reaches the journal or the snapshot store. A name, once
/// written, is never changed or reused: rename the type freely, keep its manifest; change its
/// shape by adding a new manifest (".v2") and keeping the reader of the old one.
/// </summary>
public static class PersistedTypes
{
    private static readonly FrozenDictionary<string, Type> ByManifest = new Dictionary<string, Type>
    {
        ["shift.opened.v1"] = typeof(ShiftEvents.Opened),
        ["health.journal-checked.v1"] = typeof(Facilitation.Actors.Health.JournalChecked),
        ["shift.claimed.v1"] = typeof(ShiftEvents.Claimed),
        ["shift.released.v1"] = typeof(ShiftEvents.Released),
        ["shift.started.v1"] = typeof(ShiftEvents.Started),
        ["shift.ended.v1"] = typeof(ShiftEvents.Ended),
        ["shift.cancelled.v1"] = typeof(ShiftEvents.Cancelled),
        ["shift.no-show.v1"] = typeof(ShiftEvents.MarkedNoShow),
        ["shift.reassigned.v1"] = typeof(ShiftEvents.Reassigned),
        ["shift.handover-offered.v1"] = typeof(ShiftEvents.HandoverOffered),
        ["shift.handed-over.v1"] = typeof(ShiftEvents.HandedOver),
        ["shift.handover-declined.v1"] = typeof(ShiftEvents.HandoverDeclined),
        ["shift.approved.v1"] = typeof(ShiftEvents.Approved),
        ["shift.work-recorded.v1"] = typeof(ShiftEvents.WorkRecorded),
        ["shift.snapshot.v1"] = typeof(ShiftState),
        ["week.shift-published.v1"] = typeof(LedgerEvents.ShiftPublished),
        ["week.hours-reserved.v1"] = typeof(LedgerEvents.HoursReserved),
        ["week.shift-reported.v1"] = typeof(LedgerEvents.ShiftReported),
        ["week.snapshot.v1"] = typeof(WeekLedgerState),
        ["task.raised.v1"] = typeof(TaskEvents.Raised),
        ["task.claimed.v1"] = typeof(TaskEvents.Claimed),
        ["task.completed.v1"] = typeof(TaskEvents.Completed),
        ["task.reassigned.v1"] = typeof(TaskEvents.Reassigned),
        ["task.cancelled.v1"] = typeof(TaskEvents.Cancelled),
        ["task.escalated.v1"] = typeof(TaskEvents.Escalated),
        ["task.planned.v1"] = typeof(TaskEvents.Planned),
        ["task.unplanned.v1"] = typeof(TaskEvents.Unplanned),
        ["task.appeared.v1"] = typeof(TaskEvents.Appeared),
        ["task.withdrawn.v1"] = typeof(TaskEvents.Withdrawn),
        ["tasks.snapshot.v1"] = typeof(TaskBoardState),
        ["room.booked.v1"] = typeof(RoomEvents.Booked),
        ["room.moved.v1"] = typeof(RoomEvents.Moved),
        ["room.cancelled.v1"] = typeof(RoomEvents.Cancelled),
        ["room.snapshot.v1"] = typeof(RoomState),
        ["member.enrolled.v1"] = typeof(MemberEvents.Enrolled),
        ["member.plan-changed.v1"] = typeof(MemberEvents.PlanChanged),
        ["member.pass-sold.v1"] = typeof(MemberEvents.PassSold),
        ["member.admitted.v1"] = typeof(MemberEvents.Admitted),
        ["members.snapshot.v1"] = typeof(MembershipState),
        ["desk.assigned.v1"] = typeof(DeskEvents.Assigned),
        ["desk.unassigned.v1"] = typeof(DeskEvents.Unassigned),
        ["desk.taken.v1"] = typeof(DeskEvents.Taken),
        ["desk.released.v1"] = typeof(DeskEvents.Released),
        ["desk.snapshot.v1"] = typeof(DeskState),
        ["presence.checked-in.v1"] = typeof(PresenceEvents.CheckedIn),
        ["presence.checked-out.v1"] = typeof(PresenceEvents.CheckedOut),
        ["presence.visitor-arrived.v1"] = typeof(PresenceEvents.VisitorArrived),
        ["presence.visitor-left.v1"] = typeof(PresenceEvents.VisitorLeft),
        ["presence.snapshot.v1"] = typeof(PresenceState),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Type, string> ByType = ByManifest.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    public static IReadOnlyCollection<string> Manifests => ByManifest.Keys;

    /// <summary>The types the serializer is bound to in the actor system.</summary>
    public static IEnumerable<Type> Bindings => [typeof(IPersistedEvent), typeof(ShiftState), typeof(WeekLedgerState), typeof(TaskBoardState),
        typeof(RoomState), typeof(MembershipState), typeof(DeskState), typeof(PresenceState)];

    public static string ManifestOf(Type type) =>
        ByType.TryGetValue(type, out var manifest)
            ? manifest
            : throw new ArgumentException($"{type.FullName} has no manifest: add it to {nameof(PersistedTypes)}", nameof(type));

    public static Type TypeOf(string manifest) =>
        ByManifest.TryGetValue(manifest, out var type)
            ? type
            : throw new ArgumentException($"unknown manifest '{manifest}'", nameof(manifest));
}
