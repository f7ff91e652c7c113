using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Members;

/// <summary>The same fingerprint from a command and from the event it produced (never the time).</summary>
public static class MemberFingerprints
{
    public static string Enrol(PersonId member, string name, PlanKind plan) => $"enrol:{member}:{plan}:{name}";

    public static string ChangePlan(PersonId member, PlanKind plan) => $"plan:{member}:{plan}";

    public static string SellPass(PersonId member, int units) => $"pass:{member}:{units}";

    public static string Admit(PersonId member, bool morningOnly) => $"admit:{member}:{morningOnly}";
}
