using Akka.Actor;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tasks.TaskBoardMessages;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Infrastructure.TestTasks;

namespace Facilitation.Actors.Tests.Tasks;

/// <summary>
/// A reader asks the board for its waiting tasks, a page at a time: the answer does not grow with
/// the tasks done, and a board read back from its journal answers the same pages.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class TaskBoardReadingTests : NodeTest
{
    private async Task<Page<TaskEntry>> Waiting(string? after = null) =>
        await Node.Tasks.Ask<Page<TaskEntry>>(new GetWaiting(Site.Id, after), FacilitationNode.AskTimeout);

    [Fact]
    public async Task The_board_answers_its_waiting_tasks_a_page_at_a_time_and_never_its_done_ones()
    {
        var raised = new List<TaskEntry>();
        for (var i = 0; i < WaitingTasks.PageSize + 13; i++) // a third of them done: a page and a bit left
            raised.Add(Accepted(await Node.Task(Raise(At(0, 7).AddMinutes(i), TaskKind.Logistics, TaskPriority.Normal, $"Demande {i}"))));
        var done = raised.Where((_, i) => i % 3 == 0).ToList();
        foreach (var task in done)
            Accepted(await Node.Task(new TaskCommands.Complete(NewCommandId("done"), CoManager, task.Id, At(0, 8))));

        var first = await Waiting();
        Assert.NotNull(first.Next);
        var second = await Waiting(first.Next);
        await RestartAsync();
        var again = await Waiting();

        var waiting = raised.Except(done).Select(t => t.Id).ToList();
        Assert.Equal(waiting, first.Items.Concat(second.Items).Select(t => t.Id));
        Assert.Equal((WaitingTasks.PageSize, waiting.Count, waiting.Count), (first.Items.Count, first.Total, second.Total));
        Assert.Null(second.Next);
        Assert.Equal(first.Items.Select(t => t.Id), again.Items.Select(t => t.Id));
        Assert.Equal(first.Next, again.Next);
    }
}
