using Facilitation.Actors.Tasks;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Infrastructure.TestTasks;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Actors.Tests.Tasks;

/// <summary>
/// A task nobody took by its deadline is escalated to the co-managers by the board's own timer on
/// the site's clock: here a fake clock, moved by hand. The timer's callback runs inside
/// <c>Advance</c> and puts the check straight into the board's mailbox, so a board read sent after
/// <c>Advance</c> returns is answered after any escalation it caused.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class TaskEscalationTests : NodeTest
{
    private string Tasks => Journal.TasksId(Site.Id);

    [Fact]
    public async Task A_visitor_left_waiting_is_escalated_once_at_ten_minutes_and_not_a_second_earlier()
    {
        var feed = SiteFeed.Subscribe(Node);
        var task = Accepted(await Node.Task(VisitorArrived(At(0, 7))));
        Assert.Equal(At(0, 7, 10), task.DueAt);
        Assert.Equal(task.Id, feed.Next().Task.Id); // the new task itself

        Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        Assert.Equal(TaskStatus.Open, (await Node.Board()).Find(task.Id)!.Status);
        Assert.Equal(["task.raised.v1"], Journal.Manifests(Db, Tasks));

        Clock.Advance(TimeSpan.FromSeconds(1));

        var escalated = feed.Next();
        Assert.Equal((task.Id, TaskStatus.Escalated), (escalated.Task.Id, escalated.Task.Status));
        Assert.True(escalated.ToCoManagers);
        Assert.Empty(escalated.Notify);
        Assert.Equal(new TaskHistoryEntry(At(0, 7, 10), TaskHistoryEntry.Escalated, null, null), escalated.Task.History[^1]);
        Assert.Equal(["task.raised.v1", "task.escalated.v1"], Journal.Manifests(Db, Tasks));
        Assert.Equal(TaskStatus.Escalated, (await Node.Board()).Find(task.Id)!.Status);

        // An hour later, and a wake-up from the node's ticker: still one escalation. A claim
        // afterwards is the next thing on the topic.
        Clock.Advance(TimeSpan.FromHours(1));
        Node.Tasks.Tell(new TaskBoardMessages.CheckDeadlines(Site.Id), Akka.Actor.ActorRefs.NoSender);
        Assert.Equal(2, (await Node.Board()).Find(task.Id)!.Version);
        Accepted(await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Lea), task.Id, Clock.GetUtcNow())));

        var next = feed.Next();
        Assert.Equal((task.Id, TaskStatus.Claimed), (next.Task.Id, next.Task.Status));
        Assert.Equal(["task.raised.v1", "task.escalated.v1", "task.claimed.v1"], Journal.Manifests(Db, Tasks));
    }

    [Fact]
    public async Task A_claimed_task_is_never_escalated_even_when_the_clock_goes_past_its_deadline()
    {
        var feed = SiteFeed.Subscribe(Node);
        var claimed = Accepted(await Node.Task(VisitorArrived(At(0, 7))));
        Accepted(await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Lea), claimed.Id, At(0, 7, 2))));
        // A second task, due sooner, left open: it proves the board's timer did run past both deadlines.
        var urgent = Accepted(await Node.Task(Raise(At(0, 7), TaskKind.Logistics, TaskPriority.Urgent, "Printer on fire", "floor-1")));
        Assert.Equal(At(0, 7, 5), urgent.DueAt);

        Clock.Advance(TimeSpan.FromHours(1));

        var board = await Node.Board();
        var escalated = Assert.Single(Journal.Rows(Db, Tasks), r => r.Manifest == "task.escalated.v1");
        Assert.Contains(urgent.Id.Value, escalated.Text);
        Assert.DoesNotContain(claimed.Id.Value, escalated.Text);
        Assert.Equal((TaskStatus.Claimed, (Domain.Ids.PersonId?)Lea), (board.Find(claimed.Id)!.Status, board.Find(claimed.Id)!.ClaimedBy));
        Assert.Equal(TaskStatus.Escalated, board.Find(urgent.Id)!.Status);
        Assert.Null(board.NextDeadline);
        // Whatever order the routing and the claim were published in, no escalation of the claimed task is among them.
        var published = new[] { feed.Next(), feed.Next(), feed.Next(), feed.Next() };
        Assert.DoesNotContain(published, c => c.Task.Id == claimed.Id && c.Task.Status == TaskStatus.Escalated);
        // (Told once by the escalation; on a slow machine the urgent task's routing, answered after
        // the escalation, shows it escalated to the co-managers a second time: one event either way.)
        Assert.Contains(published, c => c.Task.Status == TaskStatus.Escalated && c.Task.Id == urgent.Id && c.ToCoManagers);
    }

    [Fact]
    public async Task Two_tasks_with_different_deadlines_are_each_escalated_at_their_own_time()
    {
        var feed = SiteFeed.Subscribe(Node);
        // The later deadline first: the second task must bring the board's timer forward.
        var visitor = Accepted(await Node.Task(VisitorArrived(At(0, 7))));
        var printer = Accepted(await Node.Task(Raise(At(0, 7), TaskKind.Logistics, TaskPriority.Urgent, "Printer jammed", "floor-1")));
        Assert.Equal((At(0, 7, 10), At(0, 7, 5)), (visitor.DueAt, printer.DueAt));
        Assert.All(new[] { feed.Next(), feed.Next() }, c => Assert.Equal(TaskStatus.Open, c.Task.Status));

        Clock.Advance(TimeSpan.FromMinutes(5));

        var first = feed.Next();
        Assert.Equal((printer.Id, TaskStatus.Escalated, true), (first.Task.Id, first.Task.Status, first.ToCoManagers));
        Assert.Equal(At(0, 7, 5), first.Task.History[^1].At);
        var board = await Node.Board();
        Assert.Equal(TaskStatus.Open, board.Find(visitor.Id)!.Status);
        Assert.Equal(At(0, 7, 10), board.NextDeadline);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal(TaskStatus.Open, (await Node.Board()).Find(visitor.Id)!.Status);
        Clock.Advance(TimeSpan.FromSeconds(1));

        var second = feed.Next();
        Assert.Equal((visitor.Id, TaskStatus.Escalated, true), (second.Task.Id, second.Task.Status, second.ToCoManagers));
        Assert.Equal(At(0, 7, 10), second.Task.History[^1].At);
        Assert.Equal(["task.raised.v1", "task.raised.v1", "task.escalated.v1", "task.escalated.v1"], Journal.Manifests(Db, Tasks));
        Assert.Null((await Node.Board()).NextDeadline);
    }
}
