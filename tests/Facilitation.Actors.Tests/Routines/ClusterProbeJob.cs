using Quartz;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>
/// A job of the tests run by the product's scheduler: it records where it ran; one asked to hang stays
/// in flight and ignores cancellation, as a round does on a node that dies.
/// </summary>
public sealed class ClusterProbeJob : IJob
{
    public const string RunData = "run";
    public const string HangData = "hang";
    public const string RoundData = "round";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var run = ClusterProbeRun.Of(context.MergedJobDataMap.GetString(RunData)!);
        var execution = new ClusterProbeExecution(context.Trigger.Key.Name, context.Scheduler.SchedulerInstanceId, context.Recovering,
            context.MergedJobDataMap.GetString(RoundData));
        run.Record(execution);
        if (context.MergedJobDataMap.GetString(HangData) == "yes" && !context.Recovering)
        {
            run.Hung.TrySetResult(execution);
            await run.Released.Task;
        }
    }
}
