using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tasks;

public static class TaskEvents
{
    public sealed record Raised(
        CommandId CommandId,
        TaskId Task,
        TaskKind Kind,
        string Title,
        string Place,
        TaskOrigin Origin,
        TaskPriority Priority,
        string? RequestedBy,
        PersonId? By,
        DateTimeOffset At,
        DateTimeOffset DueAt) : ITaskCommandEvent
    {
        public string Fingerprint => TaskFingerprints.Raise(By, Kind, Title, Place, Origin, Priority, RequestedBy);
    }

    public sealed record Claimed(CommandId CommandId, TaskId Task, PersonId By, DateTimeOffset At) : ITaskCommandEvent
    {
        public string Fingerprint => TaskFingerprints.Claim(Task, By);
    }

    public sealed record Completed(CommandId CommandId, TaskId Task, PersonId By, DateTimeOffset At) : ITaskCommandEvent
    {
        public string Fingerprint => TaskFingerprints.Complete(Task, By);
    }

    public sealed record Reassigned(CommandId CommandId, TaskId Task, PersonId By, PersonId To, DateTimeOffset At) : ITaskCommandEvent
    {
        public string Fingerprint => TaskFingerprints.Reassign(Task, By, To);
    }

    public sealed record Cancelled(CommandId CommandId, TaskId Task, PersonId By, DateTimeOffset At) : ITaskCommandEvent
    {
        public string Fingerprint => TaskFingerprints.Cancel(Task, By);
    }

    /// <summary>A source needs this task at a known time; it replaces the earlier plan of the same slot not yet appeared.</summary>
    public sealed record Planned(TaskId Task, string Source, TaskOrigin Origin, PlannedTask Plan, DateTimeOffset At) : ITaskEvent;

    /// <summary>A planned task that had not appeared yet is no longer needed.</summary>
    public sealed record Unplanned(TaskId Task, string Source, string Key, DateTimeOffset At) : ITaskEvent;

    /// <summary>A planned task's time came: it is on the board, open, from its planned time; <paramref name="At"/> is when the board noticed.</summary>
    public sealed record Appeared(TaskId Task, DateTimeOffset At) : ITaskEvent;

    /// <summary>Its source no longer needs a task already on the board (a booking cancelled or moved): it is cancelled.</summary>
    public sealed record Withdrawn(TaskId Task, DateTimeOffset At) : ITaskEvent;

    /// <summary>Nobody took the task before its due time; <paramref name="At"/> is when the board noticed.</summary>
    public sealed record Escalated(TaskId Task, DateTimeOffset At) : ITaskEvent;
}
