using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>Tasks a booking needs at known times: planned, appearing on time, moved and withdrawn with it.</summary>
public class PlanningTests
{
    private const string Booking = "booking:salle-vanves:ab12cd34";

    /// <summary>A meeting at 14:00 the same day: set-up from 13:15, cleaning at 16:00.</summary>
    private static readonly DateTimeOffset Meeting = Ten.AddHours(4);

    private static PlannedTask SetUp(DateTimeOffset start) =>
        new("setup", TaskKind.Logistics, TaskPriority.Normal, "Installer la Salle Vanves", "salle-vanves", start.AddMinutes(-45), start.AddMinutes(-15));

    private static PlannedTask Cleaning(DateTimeOffset end) =>
        new("cleaning", TaskKind.Cleaning, TaskPriority.Normal, "Ranger la Salle Vanves", "salle-vanves", end, end.AddHours(1));

    private static TaskCommands.Plan Plan(params PlannedTask[] tasks) => new(Booking, TaskOrigin.RoomBooking, tasks, Ten);

    private static TaskBoardState Planned() => Empty.Then(Plan(SetUp(Meeting), Cleaning(Meeting.AddHours(2))));

    private static TaskEntry SetUpTask(TaskBoardState board) => board.Find(board.Plans[$"{Booking}#setup"].Id)!;

    [Fact]
    public void A_planned_task_is_not_on_the_board_before_its_time()
    {
        var board = Planned();

        Assert.Empty(board.Open);
        Assert.Equal(2, board.Upcoming.Count);
        Assert.Equal(Meeting.AddMinutes(-45), board.NextDeadline);
        Assert.Empty(Events(board.Decide(new TaskCommands.EscalateDue(Meeting.AddMinutes(-45).AddSeconds(-1)))));
    }

    [Fact]
    public void A_planned_task_appears_at_its_time_open_and_due_when_planned()
    {
        var board = Planned().Then(new TaskCommands.EscalateDue(Meeting.AddMinutes(-45)));

        var task = Assert.Single(board.Open);
        Assert.Equal((TaskKind.Logistics, TaskStatus.Open, TaskOrigin.RoomBooking), (task.Kind, task.Status, task.Origin));
        Assert.Equal((Meeting.AddMinutes(-45), Meeting.AddMinutes(-15)), (task.RaisedAt, task.DueAt));
        Assert.Equal($"{Booking}#setup", task.Source);
        Assert.Equal("Installer la Salle Vanves", task.Title);
        Assert.Single(board.Upcoming);
    }

    [Fact]
    public void A_board_that_wakes_late_shows_the_task_from_its_planned_time_and_escalates_it_next()
    {
        var late = Meeting.AddMinutes(-5);
        var board = Planned().Then(new TaskCommands.EscalateDue(late));

        var task = SetUpTask(board);
        Assert.Equal(Meeting.AddMinutes(-45), task.RaisedAt);
        Assert.True(task.IsLate(late));
        Assert.IsType<TaskEvents.Escalated>(Assert.Single(Events(board.Decide(new TaskCommands.EscalateDue(late)))));
    }

    [Fact]
    public void The_same_plan_sent_again_changes_nothing()
    {
        var board = Planned();

        Assert.Empty(Events(board.Decide(Plan(SetUp(Meeting), Cleaning(Meeting.AddHours(2))))));
        var appeared = board.Then(new TaskCommands.EscalateDue(Meeting));
        Assert.Empty(Events(appeared.Decide(Plan(SetUp(Meeting), Cleaning(Meeting.AddHours(2))))));
    }

    [Fact]
    public void An_empty_plan_unplans_what_has_not_appeared_and_withdraws_what_is_waiting()
    {
        var board = Planned().Then(new TaskCommands.EscalateDue(Meeting.AddMinutes(-30)));

        var events = Events(board.Decide(Plan()));
        var after = board.Then(Plan());

        Assert.Equal([typeof(TaskEvents.Unplanned), typeof(TaskEvents.Withdrawn)], events.Select(e => e.GetType()).Order(TypeOrder).ToArray());
        Assert.Empty(after.Open);
        Assert.Empty(after.Upcoming);
        Assert.Null(after.NextDeadline);
        var withdrawn = SetUpTask(after);
        Assert.Equal(TaskStatus.Cancelled, withdrawn.Status);
        Assert.Equal(TaskHistoryEntry.Withdrawn, withdrawn.History[^1].What);
    }

    [Fact]
    public void A_claimed_task_is_withdrawn_too_but_a_done_one_stays_done()
    {
        var appeared = Planned().Then(new TaskCommands.EscalateDue(Meeting.AddHours(2)));
        var setUp = appeared.Plans[$"{Booking}#setup"].Id;
        var cleaning = appeared.Plans[$"{Booking}#cleaning"].Id;
        var board = appeared
            .Then(new TaskCommands.Complete(Casaco.NewCommandId(), Lea, setUp, Meeting.AddMinutes(-40)))
            .Then(new TaskCommands.Claim(Casaco.NewCommandId(), Lea, cleaning, Meeting.AddHours(2)));

        var after = board.Then(Plan());

        Assert.Equal(TaskStatus.Done, after.Find(setUp)!.Status);
        Assert.Equal(TaskStatus.Cancelled, after.Find(cleaning)!.Status);
    }

    [Fact]
    public void A_moved_booking_moves_a_task_not_yet_appeared_under_the_same_id()
    {
        var board = Planned();
        var id = board.Plans[$"{Booking}#setup"].Id;

        var moved = board.Then(Plan(SetUp(Meeting.AddHours(2)), Cleaning(Meeting.AddHours(4))));

        Assert.Equal(id, moved.Plans[$"{Booking}#setup"].Id);
        Assert.Equal(Meeting.AddHours(2).AddMinutes(-45), moved.Plans[$"{Booking}#setup"].Task.AppearsAt);
        Assert.Empty(Events(moved.Decide(new TaskCommands.EscalateDue(Meeting.AddMinutes(-45)))));
    }

    [Fact]
    public void A_moved_booking_withdraws_a_waiting_task_and_plans_it_again_at_the_new_time()
    {
        var board = Planned().Then(new TaskCommands.EscalateDue(Meeting.AddMinutes(-30)));
        var first = SetUpTask(board).Id;

        var moved = board.Then(Plan(SetUp(Meeting.AddHours(2)), Cleaning(Meeting.AddHours(4))));

        Assert.Equal(TaskStatus.Cancelled, moved.Find(first)!.Status);
        var again = moved.Plans[$"{Booking}#setup"];
        Assert.NotEqual(first, again.Id);
        Assert.False(again.Appeared);
        Assert.Empty(moved.Open);
        var later = moved.Then(new TaskCommands.EscalateDue(Meeting.AddHours(2).AddMinutes(-45)));
        Assert.Equal(again.Id, Assert.Single(later.Open).Id);
    }

    [Fact]
    public void A_task_a_co_manager_cancelled_is_not_planned_again_by_the_same_plan()
    {
        var board = Planned().Then(new TaskCommands.EscalateDue(Meeting.AddMinutes(-30)));
        var cancelled = board.Then(new TaskCommands.Cancel(Casaco.NewCommandId(), Claire, SetUpTask(board).Id, Meeting.AddMinutes(-29)));

        Assert.Empty(Events(cancelled.Decide(Plan(SetUp(Meeting), Cleaning(Meeting.AddHours(2))))));
    }

    [Fact]
    public void A_task_dropped_then_wanted_again_is_planned_anew()
    {
        var board = Planned().Then(new TaskCommands.EscalateDue(Meeting.AddMinutes(-30)));
        var dropped = board.Then(Plan(Cleaning(Meeting.AddHours(2))));

        var again = dropped.Then(Plan(SetUp(Meeting), Cleaning(Meeting.AddHours(2))));

        Assert.False(again.Plans[$"{Booking}#setup"].Appeared);
        Assert.Single(again.Then(new TaskCommands.EscalateDue(Meeting.AddMinutes(-30))).Open);
    }

    [Fact]
    public void Two_sources_keep_their_own_tasks()
    {
        var board = Planned();
        var other = new TaskCommands.Plan("booking:salle-plateau:ff00ee11", TaskOrigin.RoomBooking, [SetUp(Meeting) with { Place = "salle-plateau" }], Ten);

        var both = board.Then(other).Then(Plan());

        Assert.Single(both.Upcoming);
        Assert.Equal("salle-plateau", both.Upcoming[0].Task.Place);
    }

    [Theory]
    [InlineData("")]
    [InlineData("duplicate")]
    [InlineData("due-before")]
    [InlineData("no-title")]
    public void A_malformed_plan_is_refused(string fault)
    {
        var plan = fault switch
        {
            "" => new TaskCommands.Plan(" ", TaskOrigin.RoomBooking, [SetUp(Meeting)], Ten),
            "duplicate" => Plan(SetUp(Meeting), SetUp(Meeting.AddHours(1))),
            "due-before" => Plan(SetUp(Meeting) with { DueAt = Meeting.AddHours(-2) }),
            _ => Plan(SetUp(Meeting) with { Title = "" }),
        };

        var refused = Assert.IsType<Decision<ITaskEvent, TaskEntry>.Reject>(Empty.Decide(plan));
        Assert.Equal(TaskRejectionCodes.PlanInvalid, refused.Why.Code);
    }

    private static readonly IComparer<Type> TypeOrder = Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name));
}
