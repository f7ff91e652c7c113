using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

public class ClaimingTests
{
    [Fact]
    public void A_facilitator_claims_an_open_task_and_is_on_it()
    {
        var (board, task) = OneOpen();
        var claim = new Claim(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(2));

        var claimed = OnlyEvent<TaskEvents.Claimed>(board.Decide(claim));
        var after = TaskBoardDecider.Apply(board, claimed);
        var entry = after.Find(task)!;

        Assert.Equal(new TaskEvents.Claimed(claim.CommandId, task, Lea.Person, Ten.AddMinutes(2)), claimed);
        Assert.Equal(TaskStatus.Claimed, entry.Status);
        Assert.Equal(Lea.Person, entry.ClaimedBy);
        Assert.Equal(new TaskHistoryEntry(Ten.AddMinutes(2), TaskHistoryEntry.Claimed, Lea.Person, null), entry.History[^1]);
        Assert.Equal(2, entry.Version);
        Assert.Equal(board.Version + 1, after.Version);
    }

    [Fact]
    public void A_co_manager_may_claim_a_task_too()
    {
        var (board, task) = OneOpen();

        var after = board.Then(new Claim(Casaco.NewCommandId(), Claire, task, Ten));

        Assert.Equal(Claire.Person, after.Find(task)!.ClaimedBy);
    }

    [Fact]
    public void An_escalated_task_may_still_be_claimed_and_is_no_longer_late()
    {
        var (board, task) = OneEscalated();
        var late = board.Find(task)!.DueAt.AddMinutes(5);

        var after = board.Then(new Claim(Casaco.NewCommandId(), Hugo, task, late));

        Assert.Equal(TaskStatus.Claimed, after.Find(task)!.Status);
        Assert.Equal(Hugo.Person, after.Find(task)!.ClaimedBy);
        Assert.False(after.Find(task)!.IsLate(late));
        Assert.Empty(after.Late(late));
    }

    [Fact]
    public void Claim_of_a_task_someone_else_holds_is_refused_naming_the_holder()
    {
        var (board, task) = OneClaimedBy(Lea);

        var why = Refused(board.Decide(new Claim(Casaco.NewCommandId(), Hugo, task, Ten.AddMinutes(3))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.Taken, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Claim_of_ones_own_task_again_says_it_is_already_yours()
    {
        var (board, task) = OneClaimedBy(Lea);

        var why = Refused(board.Decide(new Claim(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(3))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.AlreadyYours, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Claim_of_a_done_task_is_refused_as_closed()
    {
        var (board, task) = OneDone();

        var why = Refused(board.Decide(new Claim(Casaco.NewCommandId(), Hugo, task, Ten.AddMinutes(9))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
    }

    [Fact]
    public void Claim_of_a_cancelled_task_is_refused_as_closed()
    {
        var (board, task) = OneCancelled();

        var why = Refused(board.Decide(new Claim(Casaco.NewCommandId(), Hugo, task, Ten.AddMinutes(9))));

        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
    }

    [Fact]
    public void Claim_of_a_task_not_on_the_board_is_not_found()
    {
        var (board, _) = OneOpen();

        var why = Refused(board.Decide(new Claim(Casaco.NewCommandId(), Lea, TaskId.New(), Ten)));

        Assert.Equal(RejectionKind.NotFound, why.Kind);
        Assert.Equal(TaskRejectionCodes.NotFound, why.Code);
    }
}
