using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Members;

public static class MemberEvents
{
    public sealed record Enrolled(CommandId CommandId, PersonId Member, string Name, PlanKind Plan, DateTimeOffset At) : IMemberEvent
    {
        public string Fingerprint => MemberFingerprints.Enrol(Member, Name, Plan);
    }

    public sealed record PlanChanged(CommandId CommandId, PersonId Member, PlanKind Plan, DateTimeOffset At) : IMemberEvent
    {
        public string Fingerprint => MemberFingerprints.ChangePlan(Member, Plan);
    }

    /// <param name="Units">The units on the pass after the sale (what was left, if still valid, plus the pass's own).</param>
    /// <param name="Sold">The units of the pass sold (30, or fewer for a pass carried over).</param>
    public sealed record PassSold(CommandId CommandId, PersonId Member, int Units, DateOnly LastDay, DateTimeOffset At, int Sold = PassUse.UnitsPerPass) : IMemberEvent
    {
        public string Fingerprint => MemberFingerprints.SellPass(Member, Sold);
    }

    /// <param name="Units">Units of the pass used by this check-in (0 for a subscription or a second check-in).</param>
    /// <param name="Cover">What the pass now pays for on <paramref name="Day"/>; null for a subscription.</param>
    public sealed record Admitted(CommandId CommandId, PersonId Member, bool MorningOnly, DateOnly Day, DayCover? Cover, int Units, DateTimeOffset At) : IMemberEvent
    {
        public string Fingerprint => MemberFingerprints.Admit(Member, MorningOnly);
    }
}
