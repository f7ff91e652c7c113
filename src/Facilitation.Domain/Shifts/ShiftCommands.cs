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

    public sealed record MarkNoShow(CommandId CommandId, Caller By, DateTimeOffset At) : IShiftCommand
    {
        public string Fingerprint => ShiftFingerprints.NoShow;
    }
}
