using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;

namespace Facilitation.Domain.Tests.Tasks;

public class TaskBoardStateTests
{
    [Fact]
    public void An_empty_board_has_no_task_no_deadline_and_version_zero()
    {
        Assert.Empty(Empty.Tasks);
        Assert.Empty(Empty.Open);
        Assert.Null(Empty.NextDeadline);
        Assert.Equal(0, Empty.Version);
        Assert.Null(Empty.Find(TaskId.New()));
        Assert.Equal(Casaco.Id, Empty.Site);
    }

    [Fact]
    public void The_open_list_holds_open_escalated_and_claimed_tasks_by_due_time_and_no_closed_one()
    {
        var cleaning = TaskBoards.Raise(TaskKind.Cleaning);                              // due 11:00, claimed
        var printer = TaskBoards.Raise(TaskKind.Logistics);                              // due 10:30, open
        var visitor = TaskBoards.Raise(TaskKind.Welcome, TaskPriority.High);            // due 10:10, escalated
        var done = TaskBoards.Raise(TaskKind.Welcome, TaskPriority.Urgent);             // due 10:05, done
        var cancelled = TaskBoards.Raise(TaskKind.Logistics, TaskPriority.Urgent);      // due 10:05, cancelled
        var board = Empty.Then(cleaning).Then(printer).Then(visitor).Then(done).Then(cancelled)
            .Then(new Claim(Casaco.NewCommandId(), Lea, cleaning.NewId, Ten.AddMinutes(1)))
            .Then(new Complete(Casaco.NewCommandId(), Hugo, done.NewId, Ten.AddMinutes(2)))
            .Then(new Cancel(Casaco.NewCommandId(), Claire, cancelled.NewId, Ten.AddMinutes(3)))
            .Then(new EscalateDue(Ten.AddMinutes(12)));

        Assert.Equal(new[] { visitor.NewId, printer.NewId, cleaning.NewId }, board.Open.Select(t => t.Id));
        Assert.Equal(new[] { visitor.NewId }, board.Late(Ten.AddMinutes(12)).Select(t => t.Id));
        Assert.Equal(new[] { visitor.NewId, printer.NewId }, board.Late(Ten.AddMinutes(30)).Select(t => t.Id));
    }

    [Fact]
    public void The_next_deadline_is_the_earliest_due_time_of_a_task_still_open()
    {
        var cleaning = TaskBoards.Raise(TaskKind.Cleaning);                              // due 11:00
        var printer = TaskBoards.Raise(TaskKind.Logistics);                              // due 10:30
        var visitor = TaskBoards.Raise(TaskKind.Welcome, TaskPriority.High);            // due 10:10
        var board = Empty.Then(cleaning).Then(printer).Then(visitor);

        Assert.Equal(Ten.AddMinutes(10), board.NextDeadline);
        var visitorTaken = board.Then(new Claim(Casaco.NewCommandId(), Lea, visitor.NewId, Ten.AddMinutes(1)));
        Assert.Equal(Ten.AddMinutes(30), visitorTaken.NextDeadline);
        var printerEscalated = visitorTaken.Then(new EscalateDue(Ten.AddMinutes(30)));
        Assert.Equal(Ten.AddHours(1), printerEscalated.NextDeadline);
        var cleaningCancelled = printerEscalated.Then(new Cancel(Casaco.NewCommandId(), Claire, cleaning.NewId, Ten.AddMinutes(31)));
        Assert.Null(cleaningCancelled.NextDeadline);
    }

    [Fact]
    public void Each_event_adds_one_to_the_board_version_and_to_its_tasks_version()
    {
        var (board, task) = OneClaimedBy(Lea);

        var entry = board.Find(task)!;
        Assert.Equal(2, board.Version);
        Assert.Equal(2, entry.Version);
        Assert.Equal(entry.History.Count, entry.Version);
    }
}
