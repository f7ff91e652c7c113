using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Rooms.TestBookings;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Actors.Tests.Rooms;

/// <summary>
/// A booking's tasks reach the site's board and appear on the site's (fake) clock: on a usual day,
/// on both nights the clocks change, moved with the booking and withdrawn when it is cancelled, and
/// told again by a room that wakes up.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class BookingTasksTests : NodeTest
{
    [Fact]
    public async Task A_clients_booking_plans_a_set_up_a_welcome_and_a_cleaning_that_appear_at_their_times()
    {
        var feed = SiteFeed.Subscribe(Node);
        var booking = Accepted(await Node.Room(Vanves, Book(At(0, 10), At(0, 12))));

        var source = BookingTaskPlan.Source(booking);
        await Node.Kit.AwaitAssertAsync(async () => Assert.Equal(3, (await Node.Board()).Upcoming.Count(p => p.Source == source)));

        Clock.Advance(At(0, 9, 15) - Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Empty((await Node.Board()).Open);
        Clock.Advance(TimeSpan.FromSeconds(1)); // 09:15: the set-up
        var setup = feed.Next().Task;
        Assert.Equal(("Installer Salle Vanves : Atelier compta (6 pers.)", "salle-vanves", TaskKind.Logistics, At(0, 9, 15)),
            (setup.Title, setup.Place, setup.Kind, setup.RaisedAt));
        Assert.Equal(TaskOrigin.RoomBooking, setup.Origin);

        Clock.Advance(TimeSpan.FromMinutes(30)); // 09:45: the welcome
        var welcome = NextAppeared(feed);
        Assert.Equal((TaskKind.Welcome, TaskPriority.High, At(0, 9, 45)), (welcome.Kind, welcome.Priority, welcome.RaisedAt));

        Clock.Advance(At(0, 12) - Clock.GetUtcNow()); // 12:00: the cleaning
        var cleaning = NextAppeared(feed, TaskKind.Cleaning);
        Assert.Equal(At(0, 12), cleaning.RaisedAt);
    }

    [Theory]
    [InlineData(2027, 3, 28)] // clocks go forward at 02:00
    [InlineData(2027, 10, 31)] // clocks go back at 03:00
    public async Task On_the_night_clocks_change_a_bookings_set_up_appears_45_real_minutes_before_it(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Clock.SetUtcNow(Calendar.StartOf(date.AddDays(-1)));
        var feed = SiteFeed.Subscribe(Node);
        var start = Calendar.FromLocal(date.ToDateTime(new TimeOnly(3, 30)));
        var booking = Accepted(await Node.Room(Vanves, Book(start, start.AddHours(2), BookingKind.Member)));
        var source = BookingTaskPlan.Source(booking);
        await Node.Kit.AwaitAssertAsync(async () => Assert.Equal(2, (await Node.Board()).Upcoming.Count(p => p.Source == source)));

        Clock.Advance(start - TimeSpan.FromMinutes(45) - Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Empty((await Node.Board()).Open);
        Clock.Advance(TimeSpan.FromSeconds(1));

        var setup = feed.Next().Task;
        Assert.Equal(start - TimeSpan.FromMinutes(45), setup.RaisedAt);
        Clock.Advance(TimeSpan.FromMinutes(45) + TimeSpan.FromHours(2));
        Assert.Equal(start.AddHours(2), NextAppeared(feed, TaskKind.Cleaning).RaisedAt);
    }

    [Fact]
    public async Task Cancelling_a_booking_withdraws_its_waiting_task_and_its_upcoming_ones()
    {
        var feed = SiteFeed.Subscribe(Node);
        var booking = Accepted(await Node.Room(Vanves, Book(At(0, 7, 30), At(0, 9, 30))));
        var setup = feed.Next().Task; // 06:45 is past: the set-up is waiting at once
        Assert.Equal(TaskStatus.Open, setup.Status);

        Accepted(await Node.Room(Vanves, new RoomCommands.Cancel(NewCommandId("cancel"), CoManager, booking.Id, false, default)));

        var withdrawn = NextAbout(feed, setup.Id);
        Assert.Equal(TaskStatus.Cancelled, withdrawn.Status);
        var source = BookingTaskPlan.Source(booking);
        await Node.Kit.AwaitAssertAsync(async () => Assert.DoesNotContain((await Node.Board()).Upcoming, p => p.Source == source));
        Assert.Empty((await Node.Board()).Open);
    }

    [Fact]
    public async Task Moving_a_booking_moves_its_tasks()
    {
        var booking = Accepted(await Node.Room(Vanves, Book(At(1, 10), At(1, 12), BookingKind.Member)));
        var source = BookingTaskPlan.Source(booking);
        await Node.Kit.AwaitAssertAsync(async () => Assert.Equal(2, (await Node.Board()).Upcoming.Count(p => p.Source == source)));

        Accepted(await Node.Room(Vanves, new RoomCommands.Move(NewCommandId("move"), Facilitator(Lea), booking.Id, At(1, 15), At(1, 16), default)));

        await Node.Kit.AwaitAssertAsync(async () =>
        {
            var plans = (await Node.Board()).Upcoming.Where(p => p.Source == source).ToDictionary(p => p.Task.Key);
            Assert.Equal((At(1, 14, 15), At(1, 16)), (plans["setup"].Task.AppearsAt, plans["cleaning"].Task.AppearsAt));
        });
    }

    [Fact]
    public async Task A_room_that_wakes_tells_the_board_its_plans_again()
    {
        var booking = Accepted(await Node.Room(Vanves, Book(At(1, 10), At(1, 12))));
        var source = BookingTaskPlan.Source(booking);
        await Node.Kit.AwaitAssertAsync(async () => Assert.Equal(3, (await Node.Board()).Upcoming.Count(p => p.Source == source)));

        // As if the node had crashed after persisting the booking, before the board took its plan.
        await RestartAsync(() => Db.Execute("DELETE FROM journal WHERE persistence_id = @id", ("@id", Journal.TasksId(Site.Id))));
        Assert.Empty((await Node.Board()).Upcoming);

        Assert.Single(await Node.LiveBookings(Vanves)); // wakes the room

        await Node.Kit.AwaitAssertAsync(async () => Assert.Equal(3, (await Node.Board()).Upcoming.Count(p => p.Source == source)));
    }

    private static TaskEntry NextAppeared(SiteFeed feed, TaskKind? kind = null)
    {
        while (true)
        {
            var task = feed.Next().Task;
            if (task.Status == TaskStatus.Open && (kind is null || task.Kind == kind)) return task;
        }
    }

    private static TaskEntry NextAbout(SiteFeed feed, TaskId id)
    {
        while (true)
        {
            var task = feed.Next().Task;
            if (task.Id == id) return task;
        }
    }
}
