using Facilitation.Actors.Messages;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Infrastructure.TestTasks;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Actors.Tests.Tasks;

/// <summary>
/// A new task goes to whoever is on shift on the site's clock, as the current week's ledger says:
/// the holder of a started shift, or of a claimed one whose planned hours cover now; when nobody
/// is, it goes to the co-managers. What the screens are told is what the site's topic carries.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class TaskRoutingTests : NodeTest
{
    [Fact]
    public async Task A_new_task_is_sent_to_the_holder_of_the_claimed_shift_that_covers_now_and_not_to_the_co_managers()
    {
        // Monday 07:00: Léa's shift runs 07:00–12:00; Samir's starts at 14:00.
        var lea = await Node.PublishAsync(Hours(0, 7, 12));
        var samir = await Node.PublishAsync(Hours(0, 14, 18));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(lea, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(samir, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)));
        var feed = SiteFeed.Subscribe(Node);

        var task = Accepted(await Node.Task(VisitorArrived(Clock.GetUtcNow())));

        var changed = feed.Next();
        Assert.Equal(Site.Id, changed.Site);
        Assert.Equal((task.Id, TaskStatus.Open), (changed.Task.Id, changed.Task.Status));
        Assert.Equal([Lea], changed.Notify);
        Assert.False(changed.ToCoManagers);
    }

    [Fact]
    public async Task A_new_task_goes_to_the_co_managers_when_nobody_is_on_shift()
    {
        // A claimed shift later in the day does not count at 07:00, nor does a published one nobody holds.
        var later = await Node.PublishAsync(Hours(0, 14, 18));
        await Node.PublishAsync(Hours(0, 7, 12));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(later, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)));
        var feed = SiteFeed.Subscribe(Node);

        var task = Accepted(await Node.Task(VisitorArrived(Clock.GetUtcNow())));

        var changed = feed.Next();
        Assert.Equal(task.Id, changed.Task.Id);
        Assert.Empty(changed.Notify);
        Assert.True(changed.ToCoManagers);
    }

    [Fact]
    public async Task The_holder_of_a_started_shift_is_on_shift_before_its_planned_start_while_a_claimed_one_is_not()
    {
        // Both shifts are planned 08:00–12:00; at 07:40 Léa has started hers early, Samir has not.
        var lea = await Node.PublishAsync(Hours(0, 8, 12));
        var samir = await Node.PublishAsync(Hours(0, 8, 12));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(lea, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(samir, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)));
        Clock.SetUtcNow(At(0, 7, 40));
        var started = Assert.IsType<CommandResult.Accepted>(
            await Node.Shift(lea, new ShiftCommands.Start(NewCommandId("start"), Facilitator(Lea), default))).View;
        Assert.Equal(ShiftStatus.Started, started.Status);
        Assert.Equal(ShiftStatus.Started, (await Node.Week(Week)).Find(lea)!.Status);
        var feed = SiteFeed.Subscribe(Node);

        var task = Accepted(await Node.Task(VisitorArrived(Clock.GetUtcNow())));

        var changed = feed.Next();
        Assert.Equal(task.Id, changed.Task.Id);
        Assert.Equal<PersonId>([Lea], changed.Notify);
        Assert.False(changed.ToCoManagers);
    }
}
