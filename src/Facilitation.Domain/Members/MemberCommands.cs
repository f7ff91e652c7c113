using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Members;

public static class MemberCommands
{
    public sealed record Enrol(CommandId CommandId, PersonId Member, string Name, PlanKind Plan, DateTimeOffset At) : IMemberCommand
    {
        public string Fingerprint => MemberFingerprints.Enrol(Member, Name, Plan);
    }

    public sealed record ChangePlan(CommandId CommandId, PersonId Member, PlanKind Plan, DateTimeOffset At) : IMemberCommand
    {
        public string Fingerprint => MemberFingerprints.ChangePlan(Member, Plan);
    }

    /// <summary>
    /// A pass of 30 units, valid for the site's pass validity from today. <paramref name="Units"/>
    /// is less only for a pass carried over from before (a paper card moved into the system, the
    /// demo data): what is left on it.
    /// </summary>
    public sealed record SellPass(CommandId CommandId, PersonId Member, DateTimeOffset At, int Units = PassUse.UnitsPerPass) : IMemberCommand
    {
        public string Fingerprint => MemberFingerprints.SellPass(Member, Units);
    }

    /// <summary>The charge of a check-in (sent by the site's presence of the day, under the check-in's own id).</summary>
    public sealed record Admit(CommandId CommandId, PersonId Member, bool MorningOnly, DateTimeOffset At) : IMemberCommand
    {
        public string Fingerprint => MemberFingerprints.Admit(Member, MorningOnly);
    }
}
