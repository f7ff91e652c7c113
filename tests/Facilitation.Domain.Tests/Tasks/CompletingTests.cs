using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

public class CompletingTests
{
    [Fact]
    public void The_claimer_completes_their_task_and_it_is_done()
    {
        var (board, task) = OneClaimedBy(Lea);
        var complete = new Complete(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(8));

        var completed = OnlyEvent<TaskEvents.Completed>(board.Decide(complete));
        var entry = TaskBoardDecider.Apply(board, completed).Find(task)!;

        Assert.Equal(new TaskEvents.Completed(complete.CommandId, task, Lea.Person, Ten.AddMinutes(8)), completed);
        Assert.Equal(TaskStatus.Done, entry.Status);
        Assert.Equal(Lea.Person, entry.ClaimedBy);
        Assert.Equal(new TaskHistoryEntry(Ten.AddMinutes(8), TaskHistoryEntry.Done, Lea.Person, null), entry.History[^1]);
        Assert.True(entry.IsClosed);
    }

    [Fact]
    public void A_co_manager_may_complete_a_task_someone_else_holds_and_the_holder_stays_recorded()
    {
        var (board, task) = OneClaimedBy(Lea);

        var entry = board.Then(new Complete(Casaco.NewCommandId(), Claire, task, Ten.AddMinutes(8))).Find(task)!;

        Assert.Equal(TaskStatus.Done, entry.Status);
        Assert.Equal(Lea.Person, entry.ClaimedBy);
        Assert.Equal(Claire.Person, entry.History[^1].By);
    }

    [Fact]
    public void A_facilitator_completing_a_task_someone_else_holds_is_forbidden_naming_the_holder()
    {
        var (board, task) = OneClaimedBy(Lea);

        var why = Refused(board.Decide(new Complete(Casaco.NewCommandId(), Hugo, task, Ten.AddMinutes(8))));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(TaskRejectionCodes.NotYours, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Anyone_on_staff_may_complete_an_open_task_directly_and_is_recorded_as_the_one_who_took_it_on()
    {
        var (board, task) = OneOpen();

        var entry = board.Then(new Complete(Casaco.NewCommandId(), Hugo, task, Ten.AddMinutes(4))).Find(task)!;

        Assert.Equal(TaskStatus.Done, entry.Status);
        Assert.Equal(Hugo.Person, entry.ClaimedBy);
        Assert.Equal(new[] { TaskHistoryEntry.Raised, TaskHistoryEntry.Done }, entry.History.Select(h => h.What));
    }

    [Fact]
    public void An_escalated_task_may_be_completed_directly()
    {
        var (board, task) = OneEscalated();

        var entry = board.Then(new Complete(Casaco.NewCommandId(), Lea, task, Ten.AddHours(1))).Find(task)!;

        Assert.Equal(TaskStatus.Done, entry.Status);
        Assert.Equal(new[] { TaskHistoryEntry.Raised, TaskHistoryEntry.Escalated, TaskHistoryEntry.Done }, entry.History.Select(h => h.What));
    }

    [Fact]
    public void Completing_a_done_task_again_under_a_new_command_id_is_refused_as_closed()
    {
        var (board, task) = OneDone();

        var why = Refused(board.Decide(new Complete(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(9))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Completing_a_cancelled_task_is_refused_as_closed()
    {
        var (board, task) = OneCancelled();

        var why = Refused(board.Decide(new Complete(Casaco.NewCommandId(), Claire, task, Ten.AddMinutes(9))));

        Assert.Equal(TaskRejectionCodes.Closed, why.Code);
    }

    [Fact]
    public void Completing_a_task_not_on_the_board_is_not_found()
    {
        var why = Refused(Empty.Decide(new Complete(Casaco.NewCommandId(), Lea, TaskId.New(), Ten)));

        Assert.Equal(RejectionKind.NotFound, why.Kind);
        Assert.Equal(TaskRejectionCodes.NotFound, why.Code);
    }
}
