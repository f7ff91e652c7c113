using Facilitation.Domain.Members;

namespace Facilitation.Web.Members;

/// <summary>The plans as the API spells them.</summary>
public static class PlanNames
{
    public static readonly IReadOnlyDictionary<string, PlanKind> All = new Dictionary<string, PlanKind>(StringComparer.Ordinal)
    {
        ["none"] = PlanKind.None,
        ["resident"] = PlanKind.Resident,
        ["nomad"] = PlanKind.Nomad,
        ["pass"] = PlanKind.Pass,
    };

    public static string Of(PlanKind plan) => All.First(kv => kv.Value == plan).Key;
}
