using Facilitation.Domain.Paging;

namespace Facilitation.Domain.Tasks;

/// <summary>
/// The tasks of a board that wait for someone, as a screen reads them: open, late (escalated, or
/// open past its due time) and claimed — not the done and cancelled ones, which are most of a
/// board's history — the most pressing first (the earliest due, then by id), a page at a time.
/// </summary>
public static class WaitingTasks
{
    /// <summary>
    /// Tasks in a page. A waiting task is at most a 500-character title, a 100-character name and
    /// its last <see cref="HistoryKept"/> events: the largest possible page stays under the
    /// 128,000 bytes of a message between nodes (the actor tests' reply-size test builds it).
    /// </summary>
    public const int PageSize = 20;

    /// <summary>The last events of a task a page carries (a task reassigned again and again grows its history).</summary>
    public const int HistoryKept = 10;

    /// <summary>The waiting tasks after <paramref name="after"/> (a page's <see cref="Page{T}.Next"/>), at most <paramref name="size"/>.</summary>
    public static Page<TaskEntry> Page(TaskBoardState board, string? after, int size = PageSize) =>
        Keyset.Page(board.Tasks.Values.Where(t => !t.IsClosed).Select(Recent), Key, after, size);

    /// <summary>The task's place in the order: its due time, then its id.</summary>
    public static string Key(TaskEntry task) => Keyset.TimeKey(task.DueAt, task.Id.Value);

    private static TaskEntry Recent(TaskEntry task) =>
        task.History.Count <= HistoryKept ? task : task with { History = task.History.RemoveRange(0, task.History.Count - HistoryKept) };
}
