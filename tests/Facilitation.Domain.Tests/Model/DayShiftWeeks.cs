using FsCheck;
using FsCheck.Fluent;

namespace Facilitation.Domain.Tests.Model;

/// <summary>FsCheck's source of <see cref="WeekScripts.SamirWorksEveryDay"/> weeks (one arbitrary per type and class).</summary>
public static class DayShiftWeeks
{
    public static Arbitrary<WeekScript> Scripts() => Arb.From(WeekScripts.SamirWorksEveryDay, WeekScripts.Shrink);
}
