using Facilitation.Domain.Tasks;

namespace Facilitation.Actors.Telemetry;

/// <summary>
/// How long tasks wait, from the board's own events: a task is taken when it leaves the waiting
/// states (claimed, or given to someone by a co-manager), done when completed; its age is the
/// event's time minus the time it was raised (for a planned task, the time it was due to appear).
/// </summary>
public static class TaskAges
{
    public const string Taken = "taken";
    public const string Done = "done";

    /// <summary>Records the age of <paramref name="before"/> (the task as it was) if <paramref name="e"/> takes it or completes it.</summary>
    public static void Record(TaskEntry? before, ITaskEvent e)
    {
        if (before is null) return;
        var (at, step) = e switch
        {
            TaskEvents.Claimed c when before.IsWaiting => (c.At, Taken),
            TaskEvents.Reassigned r when before.IsWaiting => (r.At, Taken),
            TaskEvents.Completed c => (c.At, Done),
            _ => (default(DateTimeOffset?), ""),
        };
        if (at is { } when) FacilitationMetrics.TaskWaited(when - before.RaisedAt, Category(before.Kind), step);
    }

    /// <summary>The task's kind, as the tag value: welcome, logistics, cleaning.</summary>
    public static string Category(TaskKind kind) => kind switch
    {
        TaskKind.Welcome => "welcome",
        TaskKind.Logistics => "logistics",
        TaskKind.Cleaning => "cleaning",
        _ => "other",
    };
}
