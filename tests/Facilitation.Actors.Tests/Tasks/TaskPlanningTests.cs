using Facilitation.Actors.Tasks;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Actors.Tests.Tasks;

/// <summary>
/// A booking's tasks, planned on the board ahead of time and appearing on the site's clock (a fake
/// one here): on time, once, after a restart too, and withdrawn when the booking no longer needs them.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class TaskPlanningTests : NodeTest
{
    private const string Booking = "booking:room-a:ab12cd34";

    private string Tasks => Journal.TasksId(Site.Id);

    /// <summary>A meeting from 09:00 to 11:00 on the test Monday: set-up from 08:15, cleaning at 11:00.</summary>
    private static TaskCommands.Plan Meeting(DateTimeOffset at, int startHour = 9) => new(Booking, TaskOrigin.RoomBooking,
    [
        new PlannedTask("setup", TaskKind.Logistics, TaskPriority.Normal, "Installer la salle A", "room-a", At(0, startHour).AddMinutes(-45), At(0, startHour).AddMinutes(-15)),
        new PlannedTask("cleaning", TaskKind.Cleaning, TaskPriority.Normal, "Ranger la salle A", "room-a", At(0, startHour + 2), At(0, startHour + 3)),
    ], at);

    [Fact]
    public async Task A_planned_task_appears_on_the_board_and_on_the_screens_at_its_time_and_not_before()
    {
        var feed = SiteFeed.Subscribe(Node);
        Assert.Equal(new TaskBoardMessages.Planned(Booking), await Node.Plan(Meeting(Clock.GetUtcNow())));
        Assert.Equal(["task.planned.v1", "task.planned.v1"], Journal.Manifests(Db, Tasks));

        Clock.Advance(TimeSpan.FromMinutes(75) - TimeSpan.FromSeconds(1)); // 08:14:59
        Assert.Empty((await Node.Board()).Open);

        Clock.Advance(TimeSpan.FromSeconds(1)); // 08:15

        var appeared = feed.Next();
        Assert.Equal((TaskStatus.Open, "Installer la salle A", At(0, 8, 15), At(0, 8, 45)),
            (appeared.Task.Status, appeared.Task.Title, appeared.Task.RaisedAt, appeared.Task.DueAt));
        Assert.Equal(TaskOrigin.RoomBooking, appeared.Task.Origin);
        Assert.True(appeared.ToCoManagers); // nobody is on shift in this test
        Assert.Single((await Node.Board()).Open);
        Assert.Equal(["task.planned.v1", "task.planned.v1", "task.appeared.v1"], Journal.Manifests(Db, Tasks));
    }

    [Fact]
    public async Task The_same_plan_sent_again_persists_nothing_and_an_empty_one_withdraws_the_waiting_task()
    {
        var feed = SiteFeed.Subscribe(Node);
        await Node.Plan(Meeting(Clock.GetUtcNow()));
        Clock.Advance(TimeSpan.FromMinutes(80)); // 08:20: the set-up is waiting
        var setUp = feed.Next().Task;
        Assert.Equal(setUp.Id, Assert.Single((await Node.Board()).Open).Id);

        Assert.Equal(new TaskBoardMessages.Planned(Booking), await Node.Plan(Meeting(Clock.GetUtcNow())));
        Assert.Equal(3, Journal.Manifests(Db, Tasks).Count);

        Assert.Equal(new TaskBoardMessages.Planned(Booking), await Node.Plan(Meeting(Clock.GetUtcNow()) with { Tasks = [] }));

        var withdrawn = feed.Next();
        Assert.Equal((setUp.Id, TaskStatus.Cancelled), (withdrawn.Task.Id, withdrawn.Task.Status));
        Assert.Equal(
            ["task.planned.v1", "task.planned.v1", "task.appeared.v1", "task.unplanned.v1", "task.withdrawn.v1"],
            Journal.Manifests(Db, Tasks).Take(3).Concat(Journal.Manifests(Db, Tasks).Skip(3).Order()));
        var board = await Node.Board();
        Assert.Empty(board.Open);
        Assert.Null(board.NextDeadline);
    }

    [Fact]
    public async Task A_plan_made_before_a_restart_appears_after_it_on_time()
    {
        await Node.Plan(Meeting(Clock.GetUtcNow(), startHour: 10));

        await RestartAsync(() => Clock.Advance(TimeSpan.FromMinutes(30))); // 07:30, the set-up appears at 09:15

        await Node.Kit.AwaitAssertAsync(async () => Assert.Equal(2, (await Node.Board()).Upcoming.Count));
        var feed = SiteFeed.Subscribe(Node);
        Clock.Advance(TimeSpan.FromMinutes(105)); // 09:15

        var appeared = feed.Next();
        Assert.Equal(("Installer la salle A", At(0, 9, 15)), (appeared.Task.Title, appeared.Task.RaisedAt));
        Assert.Single((await Node.Board()).Upcoming);
    }
}
