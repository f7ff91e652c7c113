using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

public class EscalationTests
{
    private static readonly TaskCommands.Raise VisitorWaiting =
        TaskBoards.Raise(TaskKind.Welcome, TaskPriority.High, "Mon invité est arrivé", "entrance", requestedBy: "Karim");

    [Fact]
    public void A_visitor_waiting_is_not_escalated_a_minute_before_its_ten_minutes_are_up()
    {
        var (board, _) = With(VisitorWaiting);

        Assert.Empty(Events(board.Decide(new EscalateDue(Ten.AddMinutes(9).AddSeconds(59)))));
    }

    [Fact]
    public void A_visitor_nobody_took_within_ten_minutes_is_escalated_and_late()
    {
        var (board, task) = With(VisitorWaiting);

        var escalated = OnlyEvent<TaskEvents.Escalated>(board.Decide(new EscalateDue(Ten.AddMinutes(10))));
        var entry = TaskBoardDecider.Apply(board, escalated).Find(task)!;

        Assert.Equal(new TaskEvents.Escalated(task, Ten.AddMinutes(10)), escalated);
        Assert.Equal(TaskStatus.Escalated, entry.Status);
        Assert.Equal(new TaskHistoryEntry(Ten.AddMinutes(10), TaskHistoryEntry.Escalated, null, null), entry.History[^1]);
        Assert.True(entry.IsLate(Ten.AddMinutes(10)));
    }

    [Fact]
    public void An_escalation_noticed_late_records_when_the_board_noticed()
    {
        var (board, _) = With(VisitorWaiting);

        var escalated = OnlyEvent<TaskEvents.Escalated>(board.Decide(new EscalateDue(Ten.AddMinutes(25))));

        Assert.Equal(Ten.AddMinutes(25), escalated.At);
    }

    [Fact]
    public void A_task_is_escalated_only_once()
    {
        var (board, task) = With(VisitorWaiting);
        var escalated = board.Then(new EscalateDue(Ten.AddMinutes(10)));

        Assert.Empty(Events(escalated.Decide(new EscalateDue(Ten.AddMinutes(10)))));
        Assert.Empty(Events(escalated.Decide(new EscalateDue(Ten.AddHours(3)))));
        Assert.Single(escalated.Find(task)!.History, h => h.What == TaskHistoryEntry.Escalated);
    }

    [Fact]
    public void A_claimed_task_is_never_escalated()
    {
        var (board, _) = With(VisitorWaiting);
        var claimed = board.Then(new Claim(Casaco.NewCommandId(), Lea, VisitorWaiting.NewId, Ten.AddMinutes(2)));

        Assert.Empty(Events(claimed.Decide(new EscalateDue(Ten.AddHours(1)))));
    }

    [Fact]
    public void Closed_tasks_are_never_escalated()
    {
        var (done, _) = OneDone();
        var (cancelled, _) = OneCancelled();

        Assert.Empty(Events(done.Decide(new EscalateDue(Ten.AddDays(1)))));
        Assert.Empty(Events(cancelled.Decide(new EscalateDue(Ten.AddDays(1)))));
    }

    [Fact]
    public void Every_task_due_is_escalated_at_once_the_longest_overdue_first_and_the_others_wait()
    {
        var cleaning = TaskBoards.Raise(TaskKind.Cleaning, at: Ten);                          // due 11:00
        var printer = TaskBoards.Raise(TaskKind.Logistics, at: Ten.AddMinutes(5));            // due 10:35
        var visitor = TaskBoards.Raise(TaskKind.Welcome, TaskPriority.High, at: Ten.AddMinutes(20)); // due 10:30
        var board = Empty.Then(cleaning).Then(printer).Then(visitor);

        var events = Events(board.Decide(new EscalateDue(Ten.AddMinutes(40))));

        Assert.Equal(new[] { visitor.NewId, printer.NewId }, events.Select(e => e.Task));
        var after = events.Aggregate(board, TaskBoardDecider.Apply);
        Assert.Equal(TaskStatus.Open, after.Find(cleaning.NewId)!.Status);
        Assert.Equal(Ten.AddHours(1), after.NextDeadline);
    }

    [Fact]
    public void Escalation_on_an_empty_board_is_accepted_with_nothing_to_do()
    {
        Assert.Empty(Events(Empty.Decide(new EscalateDue(Ten))));
    }
}
