using FsCheck;
using FsCheck.Fluent;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>
/// FsCheck's source of generated task boards: up to 120 steps, mostly raises, claims, completions
/// and timer firings, with the clock moving by 0 to 60 minutes between them. Shrinking drops steps.
/// </summary>
public static class TaskScripts
{
    public const int MaxSteps = 120;

    public static Arbitrary<TaskScript> Scripts() => Arb.From(Script, Shrink);

    public static Gen<TaskScript> Script =>
        from count in Gen.Choose(1, MaxSteps)
        from steps in Step.ArrayOf(count)
        select new TaskScript(steps);

    public static Gen<TaskStep> Step => Gen.Frequency(
        (20, Raise),
        (18, Acting(TaskStepKind.Claim, holderWeight: 1)),
        (12, Acting(TaskStepKind.Complete, holderWeight: 6)),
        (5, Reassign),
        (4, ByCoManager(TaskStepKind.Cancel)),
        (10, Referring(TaskStepKind.Escalate)),
        (5, Referring(TaskStepKind.Retry)),
        (2, Referring(TaskStepKind.ReuseCommandId)));

    private static Gen<int> Anyone => Gen.Choose(0, TaskScript.Staff.Count - 1);

    private static Gen<int> CoManager => Gen.Choose(0, TaskScript.CoManagers - 1);

    private static Gen<int> Choice => Gen.Choose(0, 9999);

    /// <summary>Mostly a few minutes, sometimes a quarter hour, now and then an hour: deadlines pass.</summary>
    private static Gen<int> Minutes => Gen.Frequency((5, Gen.Choose(0, 3)), (3, Gen.Choose(4, 15)), (1, Gen.Choose(16, 60)));

    private static Gen<TaskStep> Raise =>
        from caller in Gen.Frequency((3, Gen.Constant(TaskStep.TheHolderOrKiosk)), (1, Anyone))
        from variant in Gen.Choose(0, 99)
        from minutes in Minutes
        select new TaskStep(TaskStepKind.Raise, 0, caller, 0, minutes, variant);

    private static Gen<TaskStep> Acting(TaskStepKind kind, int holderWeight) =>
        from pick in Choice
        from caller in Gen.Frequency((holderWeight, Gen.Constant(TaskStep.TheHolderOrKiosk)), (4, Anyone))
        from minutes in Minutes
        select new TaskStep(kind, pick, caller, 0, minutes, 0);

    private static Gen<TaskStep> Reassign =>
        from pick in Choice
        from caller in Gen.Frequency((6, CoManager), (1, Anyone))
        from person in Gen.Frequency((1, Gen.Constant(TaskStep.TheHolderOrKiosk)), (5, Anyone))
        from minutes in Minutes
        select new TaskStep(TaskStepKind.Reassign, pick, caller, person, minutes, 0);

    private static Gen<TaskStep> ByCoManager(TaskStepKind kind) =>
        from pick in Choice
        from caller in Gen.Frequency((6, CoManager), (1, Anyone))
        from minutes in Minutes
        select new TaskStep(kind, pick, caller, 0, minutes, 0);

    private static Gen<TaskStep> Referring(TaskStepKind kind) =>
        from pick in Choice
        from minutes in Minutes
        select new TaskStep(kind, pick, 0, 0, minutes, 0);

    /// <summary>Shorter scripts first: each half, then each script one step shorter.</summary>
    public static IEnumerable<TaskScript> Shrink(TaskScript script)
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
