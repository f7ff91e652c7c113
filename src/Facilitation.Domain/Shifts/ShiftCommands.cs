using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Shifts;

public interface IShiftCommand
{
    CommandId CommandId { get; }
    Caller By { get; }

    /// <summary>What makes two sends of one command id the same command (not the time it was sent).</summary>
    string Fingerprint { get; }
}

public static class ShiftCommands
{
    public sealed record Claim(CommandId CommandId, Caller By, PersonId For) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.Claim(For);
    }

    public sealed record Release(CommandId CommandId, Caller By) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.Release;
    }

    public sealed record Start(CommandId CommandId, Caller By, DateTimeOffset At) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.Start;
    }

    public sealed record End(CommandId CommandId, Caller By, DateTimeOffset At) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.End;
    }

    public sealed record Cancel(CommandId CommandId, Caller By) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.Cancel;
    }

    /// <summary>A co-manager gives a claimed shift to someone else (whose week must take the hours).</summary>
    public sealed record Reassign(CommandId CommandId, Caller By, PersonId To) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.Reassign(To);
    }

    /// <summary>The holder offers the shift to a colleague, who must accept it.</summary>
    public sealed record OfferHandover(CommandId CommandId, Caller By, PersonId To) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.OfferHandover(To);
    }

    /// <summary>The colleague takes the offered shift (if their week can take the hours).</summary>
    public sealed record AcceptHandover(CommandId CommandId, Caller By) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.AcceptHandover;
    }

    /// <summary>The colleague says no, or the holder takes the offer back.</summary>
    public sealed record DeclineHandover(CommandId CommandId, Caller By) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.DeclineHandover;
    }

    /// <summary>A co-manager approves the holder's claim.</summary>
    public sealed record Approve(CommandId CommandId, Caller By) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.Approve;
    }

    /// <summary>
    /// A co-manager records when the holder really worked (a late finish, a forgotten tap), up to
    /// <paramref name="Now"/>; the shift is then ended at those times.
    /// </summary>
    public sealed record RecordWorked(CommandId CommandId, Caller By, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset Now) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.RecordWorked(Start, End);
    }

    public sealed record MarkNoShow(CommandId CommandId, Caller By, DateTimeOffset At) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.NoShow;
    }
}
