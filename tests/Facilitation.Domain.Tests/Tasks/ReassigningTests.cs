using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

public class ReassigningTests
{
    [Fact]
    public void A_co_manager_reassigns_a_claimed_task_to_someone_else()
    {
        var (board, task) = OneClaimedBy(Lea);
        var reassign = new Reassign(Casaco.NewCommandId(), Claire, task, Hugo.Person, Ten.AddMinutes(6));

        var reassigned = OnlyEvent<TaskEvents.Reassigned>(board.Decide(reassign));
        var entry = TaskBoardDecider.Apply(board, reassigned).Find(task)!;

        Assert.Equal(new TaskEvents.Reassigned(reassign.CommandId, task, Claire.Person, Hugo.Person, Ten.AddMinutes(6)), reassigned);
        Assert.Equal(TaskStatus.Claimed, entry.Status);
        Assert.Equal(Hugo.Person, entry.ClaimedBy);
        Assert.Equal(new TaskHistoryEntry(Ten.AddMinutes(6), TaskHistoryEntry.Reassigned, Claire.Person, Hugo.Person), entry.History[^1]);
    }

    [Fact]
    public void A_co_manager_assigns_an_open_task_to_someone()
    {
        var (board, task) = OneOpen();

        var entry = board.Then(new Reassign(Casaco.NewCommandId(), Claire, task, Lea.Person, Ten.AddMinutes(1))).Find(task)!;

        Assert.Equal(TaskStatus.Claimed, entry.Status);
        Assert.Equal(Lea.Person, entry.ClaimedBy);
    }

    [Fact]
    public void A_co_manager_assigns_an_escalated_task_to_someone()
    {
        var (board, task) = OneEscalated();

        var entry = board.Then(new Reassign(Casaco.NewCommandId(), Claire, task, Lea.Person, Ten.AddHours(1))).Find(task)!;

        Assert.Equal(TaskStatus.Claimed, entry.Status);
        Assert.Equal(Lea.Person, entry.ClaimedBy);
    }

    [Fact]
    public void A_facilitator_reassigning_is_forbidden()
    {
        var (board, task) = OneClaimedBy(Lea);

        var why = Refused(board.Decide(new Reassign(Casaco.NewCommandId(), Lea, task, Hugo.Person, Ten.AddMinutes(6))));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(RejectionCodes.CoManagerOnly, why.Code);
    }

    [Fact]
    public void Reassigning_to_the_person_who_already_holds_the_task_is_refused_naming_them()
    {
        var (board, task) = OneClaimedBy(Lea);

        var why = Refused(board.Decide(new Reassign(Casaco.NewCommandId(), Claire, task, Lea.Person, Ten.AddMinutes(6))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.AlreadyAssigned, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Reassigning_a_done_task_is_refused_as_closed()
    {
        var (board, task) = OneDone();

        var why = Refused(board.Decide(new Reassign(Casaco.NewCommandId(), Claire, task, Hugo.Person, Ten.AddMinutes(9))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
    }

    [Fact]
    public void Reassigning_a_cancelled_task_is_refused_as_closed()
    {
        var (board, task) = OneCancelled();

        var why = Refused(board.Decide(new Reassign(Casaco.NewCommandId(), Claire, task, Hugo.Person, Ten.AddMinutes(9))));

        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
    }

    [Fact]
    public void Reassigning_a_task_not_on_the_board_is_not_found()
    {
        var why = Refused(Empty.Decide(new Reassign(Casaco.NewCommandId(), Claire, TaskId.New(), Hugo.Person, Ten)));

        Assert.Equal(RejectionKind.NotFound, why.Kind);
        Assert.Equal(TaskRejectionCodes.NotFound, why.Code);
    }
}
