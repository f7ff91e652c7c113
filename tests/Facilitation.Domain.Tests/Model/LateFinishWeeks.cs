using FsCheck;
using FsCheck.Fluent;

namespace Facilitation.Domain.Tests.Model;

/// <summary>FsCheck's source of <see cref="WeekScripts.FullWeekFinishingLate"/> weeks (one arbitrary per type and class).</summary>
public static class LateFinishWeeks
{
    public static Arbitrary<WeekScript> Scripts() => Arb.From(WeekScripts.FullWeekFinishingLate, WeekScripts.Shrink);
}
