using System.Collections.Immutable;
using Facilitation.Domain.Outcomes;
using static Facilitation.Domain.Tasks.TaskCommands;

namespace Facilitation.Domain.Tasks;

/// <summary>
/// The rules of a site's task board, as pure functions. Whether a claimer is on shift, whether a
/// place exists on the site and whether a reassignee is on its staff are the caller's checks.
/// </summary>
/// <remarks>
/// Completing needs no claim: whoever on staff has just refilled the printer marks the task done
/// in one tap, and is recorded as the one who took it on. Once someone holds a task, only they or
/// a co-manager may complete it.
/// </remarks>
public static class TaskBoardDecider
{
    public static Decision<ITaskEvent, TaskEntry> Decide(TaskBoardState state, object command, TaskDeadlines deadlines)
    {
        if (command is EscalateDue due) return new Decision<ITaskEvent, TaskEntry>.Accept([.. Appearances(state, due.Now), .. EscalationsDue(state, due.Now)]);
        if (command is Plan plan) return TaskPlanning.Decide(state, plan);
        if (command is not ITaskCommand asked)
            throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "unknown task command");

        if (state.Handled.TryGetValue(asked.CommandId, out var handled))
            return handled.Fingerprint == asked.Fingerprint && state.Find(handled.Task) is { } first
                ? new Decision<ITaskEvent, TaskEntry>.Repeat(first)
                : Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.CommandIdReused));

        if (command is Raise raise) return DecideRaise(state, raise, deadlines);

        var id = command switch
        {
            Claim c => c.Task,
            Complete c => c.Task,
            Reassign r => r.Task,
            Cancel c => c.Task,
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown task command"),
        };
        if (state.Find(id) is not { } task) return Reject(new Rejection(RejectionKind.NotFound, TaskRejectionCodes.NotFound));

        var why = command switch
        {
            Claim c => CheckClaim(task, c),
            Complete c => CheckComplete(task, c),
            Reassign r => CheckReassign(task, r),
            Cancel c => CheckCancel(task, c),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        if (why is not null) return Reject(why);

        ITaskEvent @event = command switch
        {
            Claim c => new TaskEvents.Claimed(c.CommandId, c.Task, c.By.Person, c.At),
            Complete c => new TaskEvents.Completed(c.CommandId, c.Task, c.By.Person, c.At),
            Reassign r => new TaskEvents.Reassigned(r.CommandId, r.Task, r.By.Person, r.To, r.At),
            Cancel c => new TaskEvents.Cancelled(c.CommandId, c.Task, c.By.Person, c.At),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        return new Decision<ITaskEvent, TaskEntry>.Accept([@event]);
    }

    public static TaskBoardState Apply(TaskBoardState state, ITaskEvent @event)
    {
        var tasks = @event switch
        {
            TaskEvents.Raised r => state.Tasks.SetItem(r.Task.Value, new TaskEntry(
                r.Task, r.Kind, r.Title, r.Place, r.Origin, r.Priority, r.RequestedBy, r.At, r.DueAt,
                TaskStatus.Open, null, r.By, [new TaskHistoryEntry(r.At, TaskHistoryEntry.Raised, r.By, null)], 1)),
            TaskEvents.Escalated e => Update(state.Tasks, e,
                t => t with { Status = TaskStatus.Escalated },
                new TaskHistoryEntry(e.At, TaskHistoryEntry.Escalated, null, null)),
            TaskEvents.Claimed c => Update(state.Tasks, c,
                t => t with { Status = TaskStatus.Claimed, ClaimedBy = c.By },
                new TaskHistoryEntry(c.At, TaskHistoryEntry.Claimed, c.By, null)),
            TaskEvents.Completed c => Update(state.Tasks, c,
                t => t with { Status = TaskStatus.Done, ClaimedBy = t.ClaimedBy ?? c.By },
                new TaskHistoryEntry(c.At, TaskHistoryEntry.Done, c.By, null)),
            TaskEvents.Reassigned r => Update(state.Tasks, r,
                t => t with { Status = TaskStatus.Claimed, ClaimedBy = r.To },
                new TaskHistoryEntry(r.At, TaskHistoryEntry.Reassigned, r.By, r.To)),
            TaskEvents.Cancelled c => Update(state.Tasks, c,
                t => t with { Status = TaskStatus.Cancelled },
                new TaskHistoryEntry(c.At, TaskHistoryEntry.Cancelled, c.By, null)),
            TaskEvents.Withdrawn w => Update(state.Tasks, w,
                t => t with { Status = TaskStatus.Cancelled },
                new TaskHistoryEntry(w.At, TaskHistoryEntry.Withdrawn, null, null)),
            TaskEvents.Appeared a when state.Plans.Values.FirstOrDefault(p => p.Id == a.Task) is { } plan =>
                state.Tasks.SetItem(a.Task.Value, TaskPlanning.EntryOf(plan)),
            TaskEvents.Planned or TaskEvents.Unplanned or TaskEvents.Appeared => state.Tasks,
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown task event"),
        };
        var next = state with { Tasks = tasks, Plans = TaskPlanning.Apply(state.Plans, @event), Version = state.Version + 1 };
        return @event is ITaskCommandEvent answered
            ? next with { Handled = next.Handled.SetItem(answered.CommandId, new HandledTaskCommand(answered.Fingerprint, answered.Task)) }
            : next;
    }

    /// <summary>Every planned task whose time has come, the soonest first.</summary>
    private static IEnumerable<ITaskEvent> Appearances(TaskBoardState state, DateTimeOffset now) =>
        state.Upcoming.Where(p => p.Task.AppearsAt <= now).Select(ITaskEvent (p) => new TaskEvents.Appeared(p.Id, now));

    /// <summary>One escalation per task still Open at or past its due time, the longest overdue first.</summary>
    private static IReadOnlyList<ITaskEvent> EscalationsDue(TaskBoardState state, DateTimeOffset now) =>
        state.Tasks.Values
            .Where(t => t.Status == TaskStatus.Open && t.DueAt <= now)
            .OrderBy(t => t.DueAt)
            .ThenBy(t => t.Id.Value, StringComparer.Ordinal)
            .Select(ITaskEvent (t) => new TaskEvents.Escalated(t.Id, now))
            .ToList();

    private static ImmutableSortedDictionary<string, TaskEntry> Update(
        ImmutableSortedDictionary<string, TaskEntry> tasks, ITaskEvent @event, Func<TaskEntry, TaskEntry> change, TaskHistoryEntry entry) =>
        tasks.TryGetValue(@event.Task.Value, out var task)
            ? tasks.SetItem(task.Id.Value, change(task) with { History = task.History.Add(entry), Version = task.Version + 1 })
            : tasks;

    private static Decision<ITaskEvent, TaskEntry> DecideRaise(TaskBoardState state, Raise raise, TaskDeadlines deadlines)
    {
        var why = CheckRaise(state, raise);
        if (why is not null) return Reject(why);
        var dueAt = raise.At + deadlines.For(raise.Kind, raise.Priority);
        return new Decision<ITaskEvent, TaskEntry>.Accept([
            new TaskEvents.Raised(raise.CommandId, raise.NewId, raise.Kind, raise.Title, raise.Place, raise.Origin, raise.Priority, raise.RequestedBy, raise.By, raise.At, dueAt),
        ]);
    }

    private static Rejection? CheckRaise(TaskBoardState state, Raise raise)
    {
        if (string.IsNullOrWhiteSpace(raise.Title)) return Invalid(TaskRejectionCodes.TextEmpty, "text");
        if (raise.Title.Length > TaskEntry.MaxTitleLength) return Invalid(TaskRejectionCodes.TextTooLong, "text");
        if (string.IsNullOrWhiteSpace(raise.Place)) return Invalid(TaskRejectionCodes.PlaceMissing, "place");
        if (raise.RequestedBy is { Length: > TaskEntry.MaxNameLength }) return Invalid(TaskRejectionCodes.NameTooLong, "name");
        if (!Enum.IsDefined(raise.Kind)) return Invalid(TaskRejectionCodes.UnknownValue, "kind");
        if (!Enum.IsDefined(raise.Origin)) return Invalid(TaskRejectionCodes.UnknownValue, "origin");
        if (!Enum.IsDefined(raise.Priority)) return Invalid(TaskRejectionCodes.UnknownValue, "priority");
        if (raise.NewId == default) throw new ArgumentException("a new task needs an id (TaskId.New())", nameof(raise));
        if (state.Find(raise.NewId) is not null) return new Rejection(RejectionKind.Conflict, TaskRejectionCodes.IdTaken);
        return null;
    }

    private static Rejection? CheckClaim(TaskEntry task, Claim claim) => task.Status switch
    {
        TaskStatus.Open or TaskStatus.Escalated => null,
        TaskStatus.Claimed when task.ClaimedBy == claim.By.Person =>
            new Rejection(RejectionKind.Conflict, TaskRejectionCodes.AlreadyYours) { Holder = task.ClaimedBy },
        TaskStatus.Claimed => new Rejection(RejectionKind.Conflict, TaskRejectionCodes.Taken) { Holder = task.ClaimedBy },
        _ => Closed(task),
    };

    private static Rejection? CheckComplete(TaskEntry task, Complete complete) => task.Status switch
    {
        TaskStatus.Open or TaskStatus.Escalated => null,
        TaskStatus.Claimed when task.ClaimedBy == complete.By.Person || complete.By.IsCoManager => null,
        TaskStatus.Claimed => new Rejection(RejectionKind.Forbidden, TaskRejectionCodes.NotYours) { Holder = task.ClaimedBy },
        _ => Closed(task),
    };

    private static Rejection? CheckReassign(TaskEntry task, Reassign reassign) => task.Status switch
    {
        _ when !reassign.By.IsCoManager => new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly),
        TaskStatus.Open or TaskStatus.Escalated => null,
        TaskStatus.Claimed when task.ClaimedBy == reassign.To =>
            new Rejection(RejectionKind.Conflict, TaskRejectionCodes.AlreadyAssigned) { Holder = task.ClaimedBy },
        TaskStatus.Claimed => null,
        _ => Closed(task),
    };

    private static Rejection? CheckCancel(TaskEntry task, Cancel cancel) => task.Status switch
    {
        _ when !cancel.By.IsCoManager => new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly),
        TaskStatus.Open or TaskStatus.Escalated or TaskStatus.Claimed => null,
        _ => Closed(task),
    };

    private static Rejection Closed(TaskEntry task) =>
        new(RejectionKind.Conflict, TaskRejectionCodes.Closed) { Holder = task.ClaimedBy };

    private static Rejection Invalid(string code, string field) => new(RejectionKind.Invalid, code) { Field = field };

    private static Decision<ITaskEvent, TaskEntry> Reject(Rejection why) => new Decision<ITaskEvent, TaskEntry>.Reject(why);
}
