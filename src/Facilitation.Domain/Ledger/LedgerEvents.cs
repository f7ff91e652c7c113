using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Ledger;

public interface ILedgerEvent : IPersistedEvent;

public static class LedgerEvents
{
    public sealed record ShiftPublished(CommandId CommandId, ShiftId Shift, ShiftRole Role, DateTimeOffset Start, DateTimeOffset End, PersonId By, string Fingerprint) : ILedgerEvent;

    public sealed record HoursReserved(ShiftId Shift, PersonId Person) : ILedgerEvent;

    public sealed record ShiftReported(ShiftId Shift, ShiftStatus Status, PersonId? Holder, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, long Version) : ILedgerEvent
    {
        /// <summary>Absent from reports written before handovers existed: none.</summary>
        public PersonId? OfferedTo { get; init; }

        /// <summary>Absent from reports written before approvals existed: not approved.</summary>
        public bool Approved { get; init; }
    }
}
