using Facilitation.Actors.Messages;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Recovery;

/// <summary>
/// A crash between the ledger's reservation and the shift's own persist leaves the ledger's copy
/// ahead of the shift. The shift is the authority on who holds it, and its reports repair the copy.
/// The crash is simulated by sending the ledger the Reserve a claiming shift would have sent.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class CrashRepairTests : NodeTest
{
    [Fact]
    public async Task A_reservation_left_by_an_interrupted_claim_does_not_stop_another_person_claiming_the_shift()
    {
        var shift = await Node.PublishAsync(Hours(0, 9, 17));
        // Lea's claim reached the ledger, then the node died before the shift persisted it.
        Assert.IsType<CommandResult.Accepted>(await Node.Ledger(Week, new LedgerCommands.Reserve(shift, Lea, Site.FindStaff(Lea))));
        Assert.Equal(Lea, (await Node.Week(Week)).Find(shift)!.Holder);
        Assert.Null(await Node.ShiftView(shift)); // the shift itself never took the claim

        var result = await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir));

        Assert.Equal(Samir, Assert.IsType<CommandResult.Accepted>(result).View.Holder);
        var week = await Node.Week(Week);
        Assert.Equal((ShiftStatus.Claimed, (Domain.Ids.PersonId?)Samir), (week.Find(shift)!.Status, week.Find(shift)!.Holder));
        Assert.Equal(Samir, Assert.Single(week.People()).Person);
    }

    [Fact]
    public async Task A_stale_ledger_copy_is_corrected_by_the_shift_waking_up_after_a_restart()
    {
        var shift = await Node.PublishAsync(Hours(1, 9, 17));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Release(NewCommandId("release"), Facilitator(Lea))));
        // Samir's claim reserved his hours, then the node died before the shift persisted the claim.
        Assert.IsType<CommandResult.Accepted>(await Node.Ledger(Week, new LedgerCommands.Reserve(shift, Samir, Site.FindStaff(Samir))));

        await RestartAsync();

        var stale = (await Node.Week(Week)).Find(shift)!;
        Assert.Equal((ShiftStatus.Claimed, (Domain.Ids.PersonId?)Samir), (stale.Status, stale.Holder)); // recovered as it was left
        var own = await Node.ShiftView(shift); // wakes the shift: it recovers and reports itself
        Assert.Equal((ShiftStatus.Published, (Domain.Ids.PersonId?)null), (own!.Status, own.Holder));
        await Node.Kit.AwaitAssertAsync(async () =>
        {
            var week = await Node.Week(Week);
            Assert.Equal((ShiftStatus.Published, (Domain.Ids.PersonId?)null), (week.Find(shift)!.Status, week.Find(shift)!.Holder));
            Assert.Empty(week.People());
        });
        Assert.Equal("week.shift-reported.v1", Journal.Manifests(Db, Journal.WeekId(Site.Id, Week))[^1]);
    }
}
