using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Model;

/// <summary>
/// A generated week at Casaco: which ISO week, the seven facilitators' contracts, and the steps
/// to play. The staff are two co-managers (Claire, 35 h; Samir, whose 50 h contract leaves the
/// 48 h legal maximum as his limit) and seven facilitators.
/// </summary>
public sealed record WeekScript(IsoWeek Week, IReadOnlyList<double> FacilitatorContracts, IReadOnlyList<WeekStep> Steps)
{
    public static readonly string[] CoManagers = ["claire", "samir"];

    public static readonly string[] Facilitators = ["lea", "hugo", "ines", "theo", "jade", "noah", "mila"];

    public const int StaffCount = 9;

    public IReadOnlyList<StaffMember> Staff() =>
    [
        Casaco.Member("claire", 35, StaffRole.CoManager),
        Casaco.Member("samir", 50, StaffRole.CoManager),
        .. Facilitators.Select((name, i) => Casaco.Member(name, FacilitatorContracts[i])),
    ];

    public override string ToString() =>
        $"{Week}, contracts [{string.Join(", ", Facilitators.Select((name, i) => $"{name} {FacilitatorContracts[i]} h"))}], {Steps.Count} steps:"
        + string.Concat(Steps.Select((s, i) => $"{Environment.NewLine}  #{i} {s}"));
}
