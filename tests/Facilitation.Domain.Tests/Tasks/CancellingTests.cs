using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

public class CancellingTests
{
    [Fact]
    public void A_co_manager_cancels_an_open_task()
    {
        var (board, task) = OneOpen();
        var cancel = new Cancel(Casaco.NewCommandId(), Claire, task, Ten.AddMinutes(3));

        var cancelled = OnlyEvent<TaskEvents.Cancelled>(board.Decide(cancel));
        var after = TaskBoardDecider.Apply(board, cancelled);
        var entry = after.Find(task)!;

        Assert.Equal(new TaskEvents.Cancelled(cancel.CommandId, task, Claire.Person, Ten.AddMinutes(3)), cancelled);
        Assert.Equal(TaskStatus.Cancelled, entry.Status);
        Assert.True(entry.IsClosed);
        Assert.Equal(new TaskHistoryEntry(Ten.AddMinutes(3), TaskHistoryEntry.Cancelled, Claire.Person, null), entry.History[^1]);
        Assert.Empty(after.Open);
    }

    [Fact]
    public void A_co_manager_cancels_a_claimed_task()
    {
        var (board, task) = OneClaimedBy(Lea);

        var entry = board.Then(new Cancel(Casaco.NewCommandId(), Claire, task, Ten.AddMinutes(3))).Find(task)!;

        Assert.Equal(TaskStatus.Cancelled, entry.Status);
    }

    [Fact]
    public void A_co_manager_cancels_an_escalated_task()
    {
        var (board, task) = OneEscalated();

        var entry = board.Then(new Cancel(Casaco.NewCommandId(), Claire, task, Ten.AddHours(1))).Find(task)!;

        Assert.Equal(TaskStatus.Cancelled, entry.Status);
    }

    [Fact]
    public void A_facilitator_cancelling_is_forbidden_even_their_own_task()
    {
        var (board, task) = OneClaimedBy(Lea);

        var why = Refused(board.Decide(new Cancel(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(3))));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(RejectionCodes.CoManagerOnly, why.Code);
    }

    [Fact]
    public void Cancelling_a_done_task_is_refused_as_closed()
    {
        var (board, task) = OneDone();

        var why = Refused(board.Decide(new Cancel(Casaco.NewCommandId(), Claire, task, Ten.AddMinutes(9))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
    }

    [Fact]
    public void Cancelling_a_cancelled_task_under_a_new_command_id_is_refused_as_closed()
    {
        var (board, task) = OneCancelled();

        var why = Refused(board.Decide(new Cancel(Casaco.NewCommandId(), Claire, task, Ten.AddMinutes(9))));

        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
    }

    [Fact]
    public void Cancelling_a_task_not_on_the_board_is_not_found()
    {
        var why = Refused(Empty.Decide(new Cancel(Casaco.NewCommandId(), Claire, TaskId.New(), Ten)));

        Assert.Equal(RejectionKind.NotFound, why.Kind);
        Assert.Equal(TaskRejectionCodes.NotFound, why.Code);
    }
}
