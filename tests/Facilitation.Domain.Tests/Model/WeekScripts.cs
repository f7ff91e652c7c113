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

    /// <summary>Any week: every kind of step, anyone claiming, shifts at any time of day.</summary>
    public static Gen<WeekScript> Script =>
        from week in Gen.Elements(Weeks)
        from halfHours in Gen.Choose(20, 70).ArrayOf(WeekScript.Facilitators.Length)
        from count in Gen.Choose(1, MaxSteps)
        from steps in Step.ArrayOf(count)
        select new WeekScript(week, halfHours.Select(h => h / 2.0).ToArray(), steps);

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

    /// <summary>
    /// Weeks where shifts of 1 h to 4 h fall at any time of Tuesday and Wednesday and Samir claims
    /// every one anyone claims: short breaks, nights and early mornings, where the daily rest and
    /// the day's 10 h are what stop him.
    /// </summary>
    public static Gen<WeekScript> SamirWorksTwoLongDays =>
        Script.Select(s => s with
        {
            Steps = s.Steps.Select(step => step.Kind switch
            {
                StepKind.Publish => step with { Time = (1 + step.Time / QuartersADay % 2) * QuartersADay + step.Time % QuartersADay, Length = 4 + step.Length % 13 },
                StepKind.Claim or StepKind.InterruptedClaim => step with { Person = 1, By = 1 },
                _ => step,
            }).ToArray(),
        });

    /// <summary>
    /// Weeks published up to their budget first, then claimed, started and ended, mostly late: the
    /// only way the hours spent go past the budget. Played in <see cref="WorkTiming.RealLife"/>.
    /// </summary>
    public static Gen<WeekScript> FullWeekFinishingLate =>
        from week in Gen.Elements(Weeks)
        from halfHours in Gen.Choose(20, 70).ArrayOf(WeekScript.Facilitators.Length)
        from publishes in Publish.ArrayOf(40)
        from count in Gen.Choose(20, MaxSteps - 40)
        from work in Gen.Frequency(
            (6, Claim(StepKind.Claim)),
            (4, ByHolder(StepKind.Start, holderWeight: 9)),
            (4, LateEnd),
            (1, ByHolder(StepKind.Release, holderWeight: 7)),
            (1, ByCoManager(StepKind.Cancel))).ArrayOf(count)
        select new WeekScript(week, halfHours.Select(h => h / 2.0).ToArray(), [.. publishes, .. work]);

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
    /// A co-manager publishes, now and then a facilitator tries to: 1 h to 10 h (often short, so
    /// that the budget fills up to the last hour) from a quarter hour,
    /// mostly starting between 07:00 and 14:00, else at any time of day or night.
    /// </summary>
    private static Gen<WeekStep> Publish =>
        from caller in Gen.Frequency((9, CoManager), (1, Anyone))
        from role in Gen.Choose(0, 3)
        from day in Gen.Choose(0, 6)
        from quarter in Gen.Frequency((7, Gen.Choose(7 * 4, 14 * 4)), (3, Gen.Choose(0, 24 * 4 - 1)))
        from length in Gen.Frequency((3, Gen.Choose(4, 40)), (1, Gen.Choose(4, 8)))
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

    /// <summary>An end the model reads, in real life, as 5 min to 2 h 15 past the planned end (see <c>WeekModel.EndTime</c>).</summary>
    private static Gen<WeekStep> LateEnd =>
        from pick in Choice
        from fivesPast in Gen.Choose(13, 39)
        from below4 in Gen.Choose(0, 3)
        select new WeekStep(StepKind.End, pick, 0, WeekStep.TheHolder, 10 * fivesPast + below4, 0);

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
