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

    public TaskEntry? Find(TaskId id) => Tasks.GetValueOrDefault(id.Value);

    /// <summary>The tasks not closed (open, escalated, claimed), the most pressing first.</summary>
    public IReadOnlyList<TaskEntry> Open =>
        Tasks.Values.Where(t => !t.IsClosed).OrderBy(t => t.DueAt).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToList();

    /// <summary>The waiting tasks past their due time at <paramref name="now"/>, the longest overdue first.</summary>
    public IReadOnlyList<TaskEntry> Late(DateTimeOffset now) =>
        Tasks.Values.Where(t => t.IsLate(now)).OrderBy(t => t.DueAt).ThenBy(t => t.Id.Value, StringComparer.Ordinal).ToList();

    /// <summary>When the next escalation falls due: the earliest due time of a task still Open; null if none.</summary>
    public DateTimeOffset? NextDeadline =>
        Tasks.Values.Where(t => t.Status == TaskStatus.Open).Select(t => (DateTimeOffset?)t.DueAt).Min();
}
