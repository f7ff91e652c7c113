using FsCheck;
using FsCheck.Fluent;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Model;

/// <summary>
/// FsCheck's source of generated weeks: a week among ordinary and daylight-saving ones, random
/// contracts of 10 h to 35 h, and up to 160 steps, mostly publishes, claims, starts and ends.
/// Shrinking drops steps, so a counterexample comes back as a short script.
/// </summary>
public static class WeekScripts
{
    public const int MaxSteps = 160;

    private const int QuartersADay = 24 * 4;

    /// <summary>The week the clocks go forward, the week they go back, an ordinary week, and the week 53 across new year.</summary>
    public static readonly IsoWeek[] Weeks =
        [IsoWeek.Parse("2026-W13"), IsoWeek.Parse("2026-W43"), IsoWeek.Parse("2026-W49"), IsoWeek.Parse("2026-W53")];

    public static Arbitrary<WeekScript> Scripts() => Arb.From(Script, Shrink);

    /// <summary>
    /// Weeks of day shifts (8 h to 10 h from 08:00) where Samir, the co-manager whose contract is
    /// above the legal maximum, claims every shift anyone claims: one shift a day takes him to the
    /// 48 h limit before the 85 h budget runs out.
    /// </summary>
    public static Gen<WeekScript> SamirWorksEveryDay =>
        Script.Select(s => s with
        {
            Steps = s.Steps.Select(step => step.Kind switch
            {
                StepKind.Publish => step with { Time = step.Time / QuartersADay * QuartersADay + 8 * 4, Length = 32 + step.Length % 9 },
                StepKind.Claim or StepKind.InterruptedClaim => step with { Person = 1, By = 1 },
                _ => step,
            }).ToArray(),
        });

    public static Arbitrary<WeekScript> DayShiftWeeks() => Arb.From(SamirWorksEveryDay, Shrink);

    public static Gen<WeekStep> Step => Gen.Frequency(
        (18, Publish),
        (3, Referring(StepKind.RetryPublish)),
        (1, Referring(StepKind.ReusePublishId)),
        (24, Claim(StepKind.Claim)),
        (3, Claim(StepKind.InterruptedClaim)),
        (3, Referring(StepKind.WakeUp)),
        (6, ByHolder(StepKind.Release, holderWeight: 7)),
        (4, ByCoManager(StepKind.Cancel)),
        (10, ByHolder(StepKind.Start, holderWeight: 9)),
        (10, ByHolder(StepKind.End, holderWeight: 9)),
        (3, ByCoManager(StepKind.NoShow)),
        (4, Referring(StepKind.RetryCommand)),
        (1, Referring(StepKind.ReuseCommandId)));

    private static Gen<int> Anyone => Gen.Choose(0, WeekScript.StaffCount - 1);

    private static Gen<int> CoManager => Gen.Choose(0, WeekScript.CoManagers.Length - 1);

    private static Gen<int> Choice => Gen.Choose(0, 9999);

    /// <summary>
    /// A co-manager publishes, now and then a facilitator tries to: 1 h to 10 h from a quarter hour,
    /// mostly starting between 07:00 and 14:00, else at any time of day or night.
    /// </summary>
    private static Gen<WeekStep> Publish =>
        from caller in Gen.Frequency((9, CoManager), (1, Anyone))
        from role in Gen.Choose(0, 3)
        from day in Gen.Choose(0, 6)
        from quarter in Gen.Frequency((7, Gen.Choose(7 * 4, 14 * 4)), (3, Gen.Choose(0, 24 * 4 - 1)))
        from length in Gen.Choose(4, 40)
        select new WeekStep(StepKind.Publish, role, caller, caller, day * 24 * 4 + quarter, length);

    /// <summary>
    /// Someone claims for themselves, or a co-manager (now and then a facilitator) for someone else.
    /// Samir and Léa claim more than the others, so that the 48 h and the contract limits are reached.
    /// </summary>
    private static Gen<WeekStep> Claim(StepKind kind) =>
        from pick in Choice
        from person in Gen.Frequency((4, Gen.Constant(1)), (2, Gen.Constant(2)), (4, Anyone))
        from caller in Gen.Frequency((7, Gen.Constant(person)), (2, CoManager), (1, Anyone))
        select new WeekStep(kind, pick, person, caller, 0, 0);

    private static Gen<WeekStep> ByHolder(StepKind kind, int holderWeight) =>
        from pick in Choice
        from caller in Gen.Frequency((holderWeight, Gen.Constant(WeekStep.TheHolder)), (1, CoManager), (1, Anyone))
        from time in Choice
        select new WeekStep(kind, pick, 0, caller, time, 0);

    private static Gen<WeekStep> ByCoManager(StepKind kind) =>
        from pick in Choice
        from caller in Gen.Frequency((9, CoManager), (1, Anyone))
        from time in Choice
        select new WeekStep(kind, pick, 0, caller, time, 0);

    private static Gen<WeekStep> Referring(StepKind kind) =>
        from pick in Choice
        select new WeekStep(kind, pick, 0, 0, 0, 0);

    /// <summary>Shorter scripts first: each half, then each script one step shorter.</summary>
    public static IEnumerable<WeekScript> Shrink(WeekScript script)
    {
        var steps = script.Steps;
        if (steps.Count > 1)
        {
            yield return script with { Steps = steps.Take(steps.Count / 2).ToArray() };
            yield return script with { Steps = steps.Skip(steps.Count / 2).ToArray() };
        }
        for (var i = steps.Count - 1; i >= 0; i--)
            yield return script with { Steps = steps.Where((_, j) => j != i).ToArray() };
    }
}
