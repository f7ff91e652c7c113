using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>A generated morning at Casaco's front desk: steps played against one task board from 10:00 on.</summary>
public sealed record TaskScript(IReadOnlyList<TaskStep> Steps)
{
    /// <summary>Two co-managers (Claire, Samir) and three facilitators.</summary>
    public static readonly IReadOnlyList<Caller> Staff =
    [
        Casaco.CoManager("claire"),
        Casaco.CoManager("samir"),
        Casaco.Facilitator("lea"),
        Casaco.Facilitator("hugo"),
        Casaco.Facilitator("ines"),
    ];

    public static readonly int CoManagers = Staff.Count(c => c.IsCoManager);

    public override string ToString() =>
        $"{Steps.Count} steps:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Steps)}";
}
