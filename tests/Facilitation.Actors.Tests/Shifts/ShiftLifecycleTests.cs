using Facilitation.Actors.Messages;
using Facilitation.Actors.Shifts;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Shifts;

/// <summary>
/// Release, start and end: the shift persists first, then reports to its week ledger before it
/// answers, so the week's figures already show the change when the caller gets the answer.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class ShiftLifecycleTests : NodeTest
{
    [Fact]
    public async Task A_release_is_persisted_then_reported_so_the_week_no_longer_counts_the_hours_for_the_holder()
    {
        var shift = await Node.PublishAsync(Hours(0, 9, 17));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));

        var result = await Node.Shift(shift, new ShiftCommands.Release(NewCommandId("release"), Facilitator(Lea)));

        var view = Assert.IsType<CommandResult.Accepted>(result).View;
        Assert.Equal((ShiftStatus.Published, (Domain.Ids.PersonId?)null), (view.Status, view.Holder));
        Assert.Equal(["shift.opened.v1", "shift.claimed.v1", "shift.released.v1"], Journal.Manifests(Db, Journal.ShiftId(Site.Id, shift)));
        var week = await Node.Week(Week);
        Assert.Equal(ShiftStatus.Published, week.Find(shift)!.Status);
        Assert.Null(week.Find(shift)!.Holder);
        Assert.Equal(view.Version, week.Find(shift)!.Version);
        Assert.Empty(week.People());
        Assert.Equal(TimeSpan.FromHours(8), week.PublishedHours);
        Assert.Equal("week.shift-reported.v1", Journal.Manifests(Db, Journal.WeekId(Site.Id, Week))[^1]);
    }

    [Fact]
    public async Task Start_and_end_are_stamped_with_the_site_clock_and_the_week_counts_the_hours_worked()
    {
        var shift = await Node.PublishAsync(Hours(1, 9, 17));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)));
        Clock.SetUtcNow(At(1, 8, 50));

        // The tablet's own time is not trusted: the shift takes the site's clock.
        var started = Assert.IsType<CommandResult.Accepted>(
            await Node.Shift(shift, new ShiftCommands.Start(NewCommandId("start"), Facilitator(Samir), DateTimeOffset.UnixEpoch))).View;

        Assert.Equal((ShiftStatus.Started, (DateTimeOffset?)At(1, 8, 50)), (started.Status, started.StartedAt));
        var whileStarted = (await Node.Week(Week)).Find(shift)!;
        Assert.Equal((ShiftStatus.Started, (DateTimeOffset?)At(1, 8, 50)), (whileStarted.Status, whileStarted.StartedAt));

        Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(40)); // 17:30
        var ended = Assert.IsType<CommandResult.Accepted>(
            await Node.Shift(shift, new ShiftCommands.End(NewCommandId("end"), Facilitator(Samir), DateTimeOffset.UnixEpoch))).View;

        Assert.Equal((ShiftStatus.Ended, (DateTimeOffset?)At(1, 17, 30)), (ended.Status, ended.EndedAt));
        var week = await Node.Week(Week);
        var counted = week.Find(shift)!;
        Assert.Equal((ShiftStatus.Ended, (DateTimeOffset?)At(1, 8, 50), (DateTimeOffset?)At(1, 17, 30)), (counted.Status, counted.StartedAt, counted.EndedAt));
        var worked = TimeSpan.FromHours(8) + TimeSpan.FromMinutes(40);
        Assert.Equal(worked, week.WorkedHours);
        Assert.Equal(worked, week.CommittedHours); // a late finish spends more than the planned 8 hours
        Assert.Equal(worked, Assert.Single(week.People()).Worked);
        Assert.Equal(
            ["shift.opened.v1", "shift.claimed.v1", "shift.started.v1", "shift.ended.v1"],
            Journal.Manifests(Db, Journal.ShiftId(Site.Id, shift)));
        Assert.Equal(
            ["week.shift-published.v1", "week.hours-reserved.v1", "week.shift-reported.v1", "week.shift-reported.v1"],
            Journal.Manifests(Db, Journal.WeekId(Site.Id, Week)));
    }

    [Fact]
    public async Task A_claim_sent_right_behind_a_release_is_reported_to_the_ledger_after_the_release()
    {
        var shift = await Node.PublishAsync(Hours(3, 9, 17));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));

        // Samir's claim reaches the shift while Lea's release is still being written.
        Node.Shifts.Tell(new ShiftMessages.Execute(Site.Id, shift, new ShiftCommands.Release(NewCommandId("release"), Facilitator(Lea))), Node.Kit.TestActor);
        Node.Shifts.Tell(new ShiftMessages.Execute(Site.Id, shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)), Node.Kit.TestActor);
        var released = Node.Kit.ExpectMsg<CommandResult.Accepted>().View;
        var claimed = Node.Kit.ExpectMsg<CommandResult.Accepted>().View;

        Assert.Equal((ShiftStatus.Published, 3L), (released.Status, released.Version));
        Assert.Equal((ShiftStatus.Claimed, (Domain.Ids.PersonId?)Samir, 4L), (claimed.Status, claimed.Holder, claimed.Version));
        var copy = (await Node.Week(Week)).Find(shift)!;
        Assert.Equal((ShiftStatus.Claimed, (Domain.Ids.PersonId?)Samir), (copy.Status, copy.Holder));
        Assert.Equal(Samir, Assert.Single((await Node.Week(Week)).People()).Person);
    }

    [Fact]
    public async Task A_cancelled_shift_gives_its_hours_back_to_the_weekly_budget()
    {
        var shifts = new List<Domain.Ids.ShiftId>();
        for (var i = 0; i < 8; i++) shifts.Add(await Node.PublishAsync(Hours(i % 7, 8, 18))); // 80 of 85 hours
        var sixHours = new Domain.Ledger.LedgerCommands.Publish(
            NewCommandId("publish"), CoManager, Domain.Ids.ShiftId.New(Week), ShiftRole.Cleaning, Hours(6, 12, 18));
        Assert.IsType<CommandResult.Rejected>(await Node.Ledger(Week, sixHours));

        var cancelled = await Node.Shift(shifts[0], new ShiftCommands.Cancel(NewCommandId("cancel"), CoManager));

        Assert.Equal(ShiftStatus.Cancelled, Assert.IsType<CommandResult.Accepted>(cancelled).View.Status);
        var week = await Node.Week(Week);
        Assert.Equal(ShiftStatus.Cancelled, week.Find(shifts[0])!.Status);
        Assert.Equal(TimeSpan.FromHours(70), week.CommittedHours);
        Assert.IsType<CommandResult.Accepted>(await Node.Ledger(Week, sixHours with { CommandId = NewCommandId("publish") }));
    }

    [Fact]
    public async Task A_start_more_than_thirty_minutes_early_is_refused_by_the_site_clock()
    {
        var shift = await Node.PublishAsync(Hours(2, 14, 18));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));
        Clock.SetUtcNow(At(2, 13, 0));

        var result = await Node.Shift(shift, new ShiftCommands.Start(NewCommandId("start"), Facilitator(Lea), At(2, 14, 0)));

        var why = Assert.IsType<CommandResult.Rejected>(result).Why;
        Assert.Equal((RejectionCodes.ShiftTooEarlyToStart, (TimeSpan?)TimeSpan.FromHours(1), (TimeSpan?)TimeSpan.FromMinutes(30)), (why.Code, why.Would, why.Limit));
        Assert.Equal(ShiftStatus.Claimed, (await Node.Week(Week)).Find(shift)!.Status);
    }
}
