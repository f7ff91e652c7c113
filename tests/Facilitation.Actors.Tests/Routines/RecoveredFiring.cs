using Quartz;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>
/// The context Quartz gives a job run again by recovery (its node died mid-run), with the data of the
/// routine's trigger as it is in the store. Only what <c>RoutineJob</c> reads is there.
/// </summary>
public sealed class RecoveredFiring(JobDataMap data, DateTimeOffset scheduledAt) : IJobExecutionContext
{
    public JobDataMap MergedJobDataMap { get; } = data;

    public bool Recovering => true;

    public DateTimeOffset? ScheduledFireTimeUtc { get; } = scheduledAt;

    public DateTimeOffset FireTimeUtc => ScheduledFireTimeUtc!.Value;

    public CancellationToken CancellationToken => CancellationToken.None;

    public IScheduler Scheduler => throw Unused();
    public ITrigger Trigger => throw Unused();
    public ICalendar? Calendar => throw Unused();
    public TriggerKey RecoveringTriggerKey => throw Unused();
    public int RefireCount => 0;
    public int RetryAttempt => 0;
    public IJobDetail JobDetail => throw Unused();
    public IJob JobInstance => throw Unused();
    public DateTimeOffset? PreviousFireTimeUtc => null;
    public DateTimeOffset? NextFireTimeUtc => null;
    public string FireInstanceId => "recovered";
    public object? Result { get; set; }
    public TimeSpan JobRunTime => TimeSpan.Zero;

    private static NotSupportedException Unused() => new("not read by the routine job");
}
