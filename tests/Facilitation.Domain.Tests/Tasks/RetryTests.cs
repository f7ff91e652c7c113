using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

public class RetryTests
{
    private static TaskEntry Repeated(Decision<ITaskEvent, TaskEntry> decision) =>
        Assert.IsType<Decision<ITaskEvent, TaskEntry>.Repeat>(decision).FirstAnswer;

    [Fact]
    public void A_raise_sent_again_with_a_new_task_id_and_a_later_time_gives_the_first_task_and_raises_nothing()
    {
        var first = TaskBoards.Raise();
        var board = Empty.Then(first);

        var answer = Repeated(board.Decide(first with { NewId = TaskId.New(), At = Ten.AddSeconds(30) }));

        Assert.Equal(first.NewId, answer.Id);
        Assert.Equal(Ten, answer.RaisedAt);
        Assert.Single(board.Tasks);
    }

    [Fact]
    public void A_retried_command_gets_its_task_as_it_is_now()
    {
        var raise = TaskBoards.Raise();
        var board = Empty.Then(raise).Then(new Claim(Casaco.NewCommandId(), Lea, raise.NewId, Ten.AddMinutes(1)));

        var answer = Repeated(board.Decide(raise));

        Assert.Equal(TaskStatus.Claimed, answer.Status);
        Assert.Same(board.Find(raise.NewId), answer);
    }

    [Fact]
    public void A_claim_retried_after_the_task_was_claimed_gets_the_claimed_task_not_a_refusal()
    {
        var (board, task) = OneOpen();
        var claim = new Claim(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(1));
        var claimed = board.Then(claim);

        var answer = Repeated(claimed.Decide(claim with { At = Ten.AddMinutes(2) }));

        Assert.Equal(Lea.Person, answer.ClaimedBy);
    }

    [Fact]
    public void Complete_reassign_and_cancel_retried_are_repeats()
    {
        var (board, task) = OneClaimedBy(Lea);
        var reassign = new Reassign(Casaco.NewCommandId(), Claire, task, Hugo.Person, Ten.AddMinutes(2));
        var complete = new Complete(Casaco.NewCommandId(), Hugo, task, Ten.AddMinutes(3));
        var after = board.Then(reassign).Then(complete);
        var (other, otherTask) = OneOpen();
        var cancel = new Cancel(Casaco.NewCommandId(), Claire, otherTask, Ten.AddMinutes(3));
        var cancelled = other.Then(cancel);

        Assert.Equal(TaskStatus.Done, Repeated(after.Decide(reassign)).Status);
        Assert.Equal(TaskStatus.Done, Repeated(after.Decide(complete)).Status);
        Assert.Equal(TaskStatus.Cancelled, Repeated(cancelled.Decide(cancel)).Status);
    }

    [Fact]
    public void A_different_command_under_a_used_command_id_is_refused()
    {
        var (board, task) = OneOpen();
        var claim = new Claim(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(1));
        var claimed = board.Then(claim);

        var byHugo = Refused(claimed.Decide(claim with { By = Hugo }));
        var complete = Refused(claimed.Decide(new Complete(claim.CommandId, Lea, task, Ten.AddMinutes(2))));
        var raise = Refused(claimed.Decide(TaskBoards.Raise(commandId: claim.CommandId)));

        Assert.All(new[] { byHugo, complete, raise }, why =>
        {
            Assert.Equal(RejectionKind.Conflict, why.Kind);
            Assert.Equal(RejectionCodes.CommandIdReused, why.Code);
        });
    }

    [Fact]
    public void A_raise_with_other_words_under_a_used_command_id_is_refused()
    {
        var first = TaskBoards.Raise(title: "Plus de papier", place: "floor-1", requestedBy: "Alice");
        var board = Empty.Then(first);

        // Each differs in one thing a member chose; the free texts cannot bleed into one another.
        var others = new[]
        {
            first with { Title = "Plus d'encre" },
            first with { Place = "floor-2" },
            first with { RequestedBy = null },
            first with { RequestedBy = "" },
            first with { Place = "floor-1:5:Alice", RequestedBy = null },
            first with { Kind = TaskKind.Welcome },
            first with { Priority = TaskPriority.Urgent },
            first with { Origin = TaskOrigin.Staff },
            first with { By = Lea.Person },
        };

        Assert.All(others, other => Assert.Equal(RejectionCodes.CommandIdReused, Refused(board.Decide(other)).Code));
    }

    [Fact]
    public void A_retry_is_recognised_after_the_board_is_rebuilt_from_its_events()
    {
        var raise = TaskBoards.Raise();
        var claim = new Claim(new CommandId("tablet-3-claim-1"), Lea, raise.NewId, Ten.AddMinutes(1));
        var events = new List<ITaskEvent>();
        var board = Empty;
        foreach (var command in new object[] { raise, claim })
        {
            var accepted = Events(board.Decide(command));
            events.AddRange(accepted);
            board = accepted.Aggregate(board, TaskBoardDecider.Apply);
        }

        var recovered = events.Aggregate(Empty, TaskBoardDecider.Apply);

        Assert.True(TaskBoardEquality.Same(board.Find(raise.NewId)!, Repeated(recovered.Decide(claim))));
        Assert.True(TaskBoardEquality.Same(board.Find(raise.NewId)!, Repeated(recovered.Decide(raise))));
    }
}
