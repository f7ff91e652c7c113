using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Tasks;

public static class TaskCommands
{
    /// <summary>
    /// Someone on staff, the kiosk (<paramref name="By"/> null) or the system puts a task on the
    /// board; <paramref name="NewId"/> is used unless it is a retry.
    /// </summary>
    public sealed record Raise(
        CommandId CommandId,
        PersonId? By,
        TaskId NewId,
        TaskKind Kind,
        string Title,
        string Place,
        TaskOrigin Origin,
        TaskPriority Priority,
        string? RequestedBy,
        DateTimeOffset At) : ITaskCommand
    {
        public string Fingerprint => TaskFingerprints.Raise(By, Kind, Title, Place, Origin, Priority, RequestedBy);
    }

    /// <summary>"I'm on it."</summary>
    public sealed record Claim(CommandId CommandId, Caller By, TaskId Task, DateTimeOffset At) : ITaskCommand
    {
        public string Fingerprint => TaskFingerprints.Claim(Task, By.Person);
    }

    public sealed record Complete(CommandId CommandId, Caller By, TaskId Task, DateTimeOffset At) : ITaskCommand
    {
        public string Fingerprint => TaskFingerprints.Complete(Task, By.Person);
    }

    /// <summary>A co-manager gives the task to <paramref name="To"/> (the caller checks that they are staff of the site).</summary>
    public sealed record Reassign(CommandId CommandId, Caller By, TaskId Task, PersonId To, DateTimeOffset At) : ITaskCommand
    {
        public string Fingerprint => TaskFingerprints.Reassign(Task, By.Person, To);
    }

    public sealed record Cancel(CommandId CommandId, Caller By, TaskId Task, DateTimeOffset At) : ITaskCommand
    {
        public string Fingerprint => TaskFingerprints.Cancel(Task, By.Person);
    }

    /// <summary>
    /// The tasks that <paramref name="Source"/> (e.g. "booking:salle-vanves:4f2a…") needs, as it now
    /// is: the board plans the new ones, moves the changed ones and withdraws those no longer listed
    /// (an empty list withdraws them all, e.g. a cancelled booking). Sending the same plan twice
    /// changes nothing, so the source may send it again whenever it is unsure it arrived.
    /// </summary>
    public sealed record Plan(string Source, TaskOrigin Origin, IReadOnlyList<PlannedTask> Tasks, DateTimeOffset At);

    /// <summary>
    /// The board's own clock: escalates every task still Open whose due time is at or before
    /// <paramref name="Now"/>. Sent by the board to itself (a timer at <see cref="TaskBoardState.NextDeadline"/>,
    /// and on recovery); no command id, since sending it twice changes nothing.
    /// </summary>
    public sealed record EscalateDue(DateTimeOffset Now);
}
