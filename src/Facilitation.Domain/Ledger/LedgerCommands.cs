using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ledger;

public interface ILedgerCommand;

public static class LedgerCommands
{
    /// <summary>A co-manager publishes a shift; <paramref name="NewId"/> is used unless it is a retry.</summary>
    public sealed record Publish(CommandId CommandId, Caller By, ShiftId NewId, ShiftRole Role, TimeRange Range) : ILedgerCommand
    {
        public string Fingerprint => $"publish:{Role}:{Range.Start:O}:{Range.End:O}";
    }

    /// <summary>A shift asks for its hours to be counted against the person about to hold it.</summary>
    public sealed record Reserve(ShiftId Shift, PersonId Person, StaffMember? Member) : ILedgerCommand;

    /// <summary>A shift tells its ledger what it has become (after a change, or after it woke up).</summary>
    public sealed record Report(ShiftView Shift) : ILedgerCommand;
}
