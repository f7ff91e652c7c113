using System.Collections.Immutable;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tasks.TaskBoardMessages;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>Task commands as the web layer makes them, and comparisons of tasks that ignore how their history is held.</summary>
public static class TestTasks
{
    /// <summary>A visitor waiting at the entrance (welcome, high: 10 minutes), raised from the kiosk at <paramref name="at"/>.</summary>
    public static TaskCommands.Raise VisitorArrived(DateTimeOffset at, string visitor = "Marc Dupont") =>
        Raise(at, TaskKind.Welcome, TaskPriority.High, $"{visitor} is waiting", requestedBy: visitor);

    public static TaskCommands.Raise Raise(
        DateTimeOffset at, TaskKind kind, TaskPriority priority, string title, string place = "entrance", string? requestedBy = null) =>
        new(TestSite.NewCommandId("raise"), null, TaskId.New(), kind, title, place, TaskOrigin.MemberRequest, priority, requestedBy, at);

    public static TaskEntry Accepted(TaskResult result, bool repeated = false)
    {
        var accepted = Assert.IsType<TaskResult.Accepted>(result);
        Assert.Equal(repeated, accepted.Repeated);
        return accepted.Task;
    }

    /// <summary>
    /// Equal field by field and history entry by entry: a task's record equality compares its
    /// history list by reference, so a task read back from the journal is never "equal" as a record.
    /// </summary>
    public static void AssertSameTask(TaskEntry expected, TaskEntry actual)
    {
        Assert.Equal(expected with { History = ImmutableList<TaskHistoryEntry>.Empty }, actual with { History = ImmutableList<TaskHistoryEntry>.Empty });
        Assert.Equal(expected.History, actual.History);
    }

    /// <summary>The same tasks and the same handled command ids, at the same version.</summary>
    public static void AssertSameBoard(TaskBoardState expected, TaskBoardState actual)
    {
        Assert.Equal(expected.Site, actual.Site);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Tasks.Keys, actual.Tasks.Keys);
        foreach (var (id, task) in expected.Tasks) AssertSameTask(task, actual.Tasks[id]);
        Assert.Equal(
            expected.Handled.OrderBy(h => h.Key.Value, StringComparer.Ordinal),
            actual.Handled.OrderBy(h => h.Key.Value, StringComparer.Ordinal));
    }
}
