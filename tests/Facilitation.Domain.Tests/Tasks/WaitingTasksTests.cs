using FsCheck.Xunit;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>The waiting tasks a screen reads, a page at a time: never the board's history.</summary>
public class WaitingTasksTests
{
    private static List<TaskEntry> Walk(TaskBoardState board, int size)
    {
        var tasks = new List<TaskEntry>();
        string? after = null;
        do
        {
            var page = WaitingTasks.Page(board, after, size);
            Assert.InRange(page.Items.Count, 0, size);
            Assert.Equal(board.Open.Count, page.Total);
            tasks.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return tasks;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(TaskScripts)])]
    public void The_pages_hold_every_waiting_task_once_the_most_pressing_first_and_no_done_or_cancelled_one(TaskScript script, byte size)
    {
        var board = TaskBoardModel.Play(script).Board;

        var read = Walk(board, size % 6 + 1);

        Assert.Equal(board.Open.Select(t => t.Id), read.Select(t => t.Id));
        Assert.All(read, t => Assert.False(t.IsClosed));
        Assert.Equal(read.OrderBy(t => t.DueAt).ThenBy(t => t.Id.Value, StringComparer.Ordinal).Select(t => t.Id), read.Select(t => t.Id));
    }

    [Fact]
    public void A_board_of_a_thousand_done_tasks_and_a_few_waiting_answers_only_the_waiting_ones()
    {
        var board = Empty;
        var waiting = new List<TaskId>();
        for (var i = 0; i < 1_000; i++)
        {
            var raise = Raise(at: Ten.AddSeconds(i));
            board = board.Then(raise).Then(new Complete(Casaco.NewCommandId(), Lea, raise.NewId, Ten.AddSeconds(i + 1)));
        }
        for (var i = 0; i < 3; i++)
        {
            var raise = Raise(kind: TaskKind.Cleaning, at: Ten.AddMinutes(30 - i));
            board = board.Then(raise);
            waiting.Add(raise.NewId);
        }

        var page = WaitingTasks.Page(board, after: null);

        Assert.Equal(Enumerable.Reverse(waiting), page.Items.Select(t => t.Id)); // the last raised is due first
        Assert.Equal(3, page.Total);
        Assert.Null(page.Next);
    }

    [Fact]
    public void A_task_reassigned_again_and_again_comes_with_its_last_events_only()
    {
        var (board, task) = OneClaimedBy(Lea);
        for (var i = 0; i < 30; i++)
            board = board.Then(new Reassign(Casaco.NewCommandId(), Claire, task, (i % 2 == 0 ? Hugo : Lea).Person, Ten.AddMinutes(2 + i)));
        var whole = board.Find(task)!;

        var shown = Assert.Single(WaitingTasks.Page(board, after: null).Items);

        Assert.Equal(32, whole.History.Count);
        Assert.Equal(whole.History.TakeLast(WaitingTasks.HistoryKept), shown.History);
        Assert.Equal(whole with { History = shown.History }, shown);
        Assert.Equal(TaskStatus.Claimed, shown.Status);
    }
}
