using System.Collections.Immutable;
using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tasks;

/// <summary>
/// A site's task board: every task ever raised there, by id, with its history, and the commands
/// already applied. The only writer of who is on a task.
/// </summary>
public sealed record TaskBoardState(
    SiteId Site,
    ImmutableSortedDictionary<string, TaskEntry> Tasks,
    ImmutableDictionary<CommandId, HandledTaskCommand> Handled,
    long Version)
{
    public static TaskBoardState Empty(SiteId site) =>
        new(site, ImmutableSortedDictionary<string, TaskEntry>.Empty, ImmutableDictionary<CommandId, HandledTaskCommand>.Empty, 0);

    /// <summary>The planned tasks, by slot ("source#key"): those still to appear, and the latest of each slot that did.</summary>
    public ImmutableSortedDictionary<string, PlanEntry> Plans { get; init; } = ImmutableSortedDictionary<string, PlanEntry>.Empty;

    public TaskEntry? Find(TaskId id) => Tasks.GetValueOrDefault(id.Value);

    /// <summary>The planned tasks not on the board yet, the soonest first.</summary>
    public IReadOnlyList<PlanEntry> Upcoming =>
        Plans.Values.Where(p => !p.Appeared).OrderBy(p => p.Task.AppearsAt).ThenBy(p => p.Slot, StringComparer.Ordinal).ToList();

    /// <summary>The tasks not closed (open, escalated, claimed), the most pressing first.</summary>
    public IReadOnlyList<TaskEntry> Open =>
        Tasks.Values.Where(t => !t.IsClosed).OrderBy(t => t.DueAt).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToList();

    /// <summary>The waiting tasks past their due time at <paramref name="now"/>, the longest overdue first.</summary>
    public IReadOnlyList<TaskEntry> Late(DateTimeOffset now) =>
        Tasks.Values.Where(t => t.IsLate(now)).OrderBy(t => t.DueAt).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToList();

    /// <summary>
    /// When the board has something to do next: the earliest due time of a task still Open, or time
    /// for a planned task to appear; null if neither.
    /// </summary>
    public DateTimeOffset? NextDeadline =>
        Tasks.Values.Where(t => t.Status == TaskStatus.Open).Select(t => (DateTimeOffset?)t.DueAt)
            .Concat(Plans.Values.Where(p => !p.Appeared).Select(p => (DateTimeOffset?)p.Task.AppearsAt))
            .Min();
}
