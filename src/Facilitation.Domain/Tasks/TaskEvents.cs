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

    /// <summary>Nobody took the task before its due time; <paramref name="At"/> is when the board noticed.</summary>
    public sealed record Escalated(TaskId Task, DateTimeOffset At) : ITaskEvent;
}
