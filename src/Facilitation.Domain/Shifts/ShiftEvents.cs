using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Shifts;

/// <summary>Marks every event that is persisted; each has a stable manifest in the serializer.</summary>
public interface IPersistedEvent;

public interface IShiftEvent : IPersistedEvent;

/// <summary>An event that answers a client's command, and so records its id.</summary>
public interface IShiftCommandEvent : IShiftEvent
{
    CommandId CommandId { get; }
    string Fingerprint { get; }
}

public static class ShiftEvents
{
    public sealed record Opened(ShiftId Shift, ShiftRole Role, DateTimeOffset Start, DateTimeOffset End) : IShiftEvent;

    public sealed record Claimed(CommandId CommandId, PersonId Holder, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.Claim(Holder);
    }

    public sealed record Released(CommandId CommandId, PersonId PreviousHolder, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.Release;
    }

    public sealed record Started(CommandId CommandId, DateTimeOffset At, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.Start;
    }

    public sealed record Ended(CommandId CommandId, DateTimeOffset At, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.End;
    }

    public sealed record Cancelled(CommandId CommandId, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.Cancel;
    }

    public sealed record Reassigned(CommandId CommandId, PersonId From, PersonId To, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.Reassign(To);
    }

    public sealed record HandoverOffered(CommandId CommandId, PersonId From, PersonId To) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.OfferHandover(To);
    }

    public sealed record HandedOver(CommandId CommandId, PersonId From, PersonId To) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.AcceptHandover;
    }

    public sealed record HandoverDeclined(CommandId CommandId, PersonId OfferedTo, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.DeclineHandover;
    }

    public sealed record Approved(CommandId CommandId, PersonId Holder, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.Approve;
    }

    public sealed record WorkRecorded(CommandId CommandId, DateTimeOffset Start, DateTimeOffset End, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.RecordWorked(Start, End);
    }

    public sealed record MarkedNoShow(CommandId CommandId, DateTimeOffset At, PersonId By) : IShiftCommandEvent
    {
        public string Fingerprint => ShiftFingerprints.NoShow;
    }
}
