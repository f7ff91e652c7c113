using FsCheck;
using FsCheck.Fluent;

namespace Facilitation.Domain.Tests.Model;

/// <summary>FsCheck's source of <see cref="WeekScripts.SamirWorksTwoLongDays"/> weeks (one arbitrary per type and class).</summary>
public static class TwoLongDaysWeeks
{
    public static Arbitrary<WeekScript> Scripts() => Arb.From(WeekScripts.SamirWorksTwoLongDays, WeekScripts.Shrink);
}
