using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tasks.TaskBoardMessages;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Infrastructure.TestTasks;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Actors.Tests.Tasks;

/// <summary>
/// A board answers only once its event is in the journal, and says so when the journal fails; a
/// retried command is recognised by its id and writes nothing; a new actor system on the same file
/// finds every task and command id again, and escalates what fell due while it was down.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class TaskBoardPersistenceTests : NodeTest
{
    private string Tasks => Journal.TasksId(Site.Id);

    [Fact]
    public async Task A_raised_task_is_answered_only_once_its_event_is_in_the_journal()
    {
        Assert.NotNull(await Node.Board()); // the board is up: its recovery reads nothing more
        var raise = VisitorArrived(At(0, 7));

        using (Db.HoldWriteLock())
        {
            Node.Tasks.Tell(new Execute(Site.Id, raise), Node.Kit.TestActor);

            // The journal cannot write: no answer, no row.
            Node.Kit.ExpectNoMsg(TimeSpan.FromMilliseconds(500));
            Assert.Empty(Journal.Rows(Db, Tasks));
        }
        var accepted = Node.Kit.ExpectMsg<TaskResult.Accepted>();

        // Read at once, with no waiting: the row was committed before the answer was sent.
        var row = Assert.Single(Journal.Rows(Db, Tasks));
        Assert.Equal((1L, "task.raised.v1"), (row.SequenceNr, row.Manifest));
        Assert.Contains($"\"task\":\"{raise.NewId}\"", row.Text);
        Assert.Contains($"\"commandId\":\"{raise.CommandId}\"", row.Text);
        Assert.False(accepted.Repeated);
        Assert.Equal((raise.NewId, TaskStatus.Open, 1L), (accepted.Task.Id, accepted.Task.Status, accepted.Task.Version));
        AssertSameTask(accepted.Task, (await Node.Board()).Find(raise.NewId)!);
    }

    [Fact]
    public async Task When_the_journal_refuses_a_task_the_caller_is_told_the_storage_is_unavailable_and_nothing_is_kept()
    {
        Assert.NotNull(await Node.Board());
        Db.RefuseJournalWrites("tasks");
        var raise = VisitorArrived(At(0, 7));

        // A TaskResult, as the web layer asks for: it turns it into a 503 that the kiosk retries.
        var refused = await Node.Task(raise);

        Assert.Equal(new TaskResult.Unavailable("storage"), refused);
        Db.AcceptJournalWrites("tasks");
        Assert.Empty((await Node.Board()).Tasks);
        var retried = Accepted(await Node.Task(raise));
        Assert.Equal(raise.NewId, retried.Id);
        Assert.Equal(["task.raised.v1"], Journal.Manifests(Db, Tasks));
    }

    [Fact]
    public async Task A_retried_raise_answers_the_same_task_as_repeated_and_writes_nothing()
    {
        var feed = SiteFeed.Subscribe(Node);
        var raise = VisitorArrived(At(0, 7));
        var first = Accepted(await Node.Task(raise));
        Assert.Equal(first.Id, feed.Next().Task.Id);

        // The kiosk lost the answer and sends the command again, a minute later and with a new task id.
        Clock.Advance(TimeSpan.FromMinutes(1));
        var retry = Accepted(await Node.Task(raise with { NewId = TaskId.New(), At = Clock.GetUtcNow() }), repeated: true);

        AssertSameTask(first, retry);
        Assert.Equal(["task.raised.v1"], Journal.Manifests(Db, Tasks));
        var board = await Node.Board();
        Assert.Equal((1, 1L), (board.Tasks.Count, board.Version));
        // Nor was anything published for it: the next change on the topic is a later claim.
        Accepted(await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Lea), first.Id, Clock.GetUtcNow())));
        Assert.Equal(TaskStatus.Claimed, feed.Next().Task.Status);
    }

    [Fact]
    public async Task After_a_restart_the_board_has_the_same_tasks_escalates_what_fell_due_while_down_and_keeps_its_timer()
    {
        var visitorRaise = VisitorArrived(At(0, 7));
        var visitor = Accepted(await Node.Task(visitorRaise));                                                                     // due 07:10
        var cleaning = Accepted(await Node.Task(Raise(At(0, 7), TaskKind.Cleaning, TaskPriority.Normal, "Meeting room", "room-a"))); // due 08:00
        var printer = Accepted(await Node.Task(Raise(At(0, 7), TaskKind.Logistics, TaskPriority.Urgent, "Printer jammed", "floor-1"))); // due 07:05
        Accepted(await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Samir), printer.Id, At(0, 7, 1))));
        var before = await Node.Board();
        Assert.Equal(4, before.Version);

        // Down from 07:00 to 07:15: the visitor fell due meanwhile, the cleaning did not.
        await RestartAsync(() => Clock.Advance(TimeSpan.FromMinutes(15)));

        // The first read wakes the board, if the node's ticker (which wakes every board once at start)
        // has not already: on recovery it re-arms its timer, and the overdue visitor is escalated right
        // after. The topic is not watched for this one: the escalation may be published before a
        // subscription could be made on the new node.
        TaskBoardState after = null!;
        await Node.Kit.AwaitAssertAsync(async () =>
        {
            after = await Node.Board();
            Assert.Equal(TaskStatus.Escalated, after.Find(visitor.Id)!.Status);
        });
        Assert.Equal(before.Version + 1, after.Version);
        AssertSameTask(before.Find(cleaning.Id)!, after.Find(cleaning.Id)!);
        AssertSameTask(before.Find(printer.Id)!, after.Find(printer.Id)!);
        var was = before.Find(visitor.Id)!;
        AssertSameTask(
            was with
            {
                Status = TaskStatus.Escalated,
                History = was.History.Add(new TaskHistoryEntry(At(0, 7, 15), TaskHistoryEntry.Escalated, null, null)),
                Version = 2,
            },
            after.Find(visitor.Id)!);
        Assert.Equal(before.Handled.Keys.Select(k => k.Value).Order(), after.Handled.Keys.Select(k => k.Value).Order());
        Assert.Equal(At(0, 8), after.NextDeadline);
        Assert.Equal(
            ["task.raised.v1", "task.raised.v1", "task.raised.v1", "task.claimed.v1", "task.escalated.v1"],
            Journal.Manifests(Db, Tasks));

        // The command ids came back from the journal too.
        var retry = Accepted(await Node.Task(visitorRaise), repeated: true);
        AssertSameTask(after.Find(visitor.Id)!, retry);

        // And the recovered board keeps its clock: at 08:00 the cleaning falls due and is escalated.
        var feed = SiteFeed.Subscribe(Node);
        Clock.Advance(TimeSpan.FromMinutes(45));
        var late = feed.Next();
        Assert.Equal((cleaning.Id, TaskStatus.Escalated, true), (late.Task.Id, late.Task.Status, late.ToCoManagers));
        Assert.Equal(At(0, 8), late.Task.History[^1].At);
    }
}
