using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// Publish, claim and start in one actor system; stop it; start a new one on the same database and
/// check that the week, the shifts and the command ids they remember all came back from the journal.
/// Shared by the SQLite and the PostgreSQL restart tests.
/// </summary>
public static class RestartScenario
{
    public sealed record Outcome(ShiftId Monday, ShiftId Tuesday);

    public static async Task<Outcome> RunAsync(Func<Task<FacilitationNode>> startNode, FakeTimeProvider clock)
    {
        var publishMonday = NewCommandId("publish");
        var claimMonday = NewCommandId("claim");
        CommandResult.Accepted firstPublish, firstClaim;
        ShiftId tuesday;
        WeekLedgerState before;
        ShiftView mondayBefore, tuesdayBefore;

        await using (var node = await startNode())
        {
            firstPublish = Assert.IsType<CommandResult.Accepted>(await node.Ledger(Week,
                new LedgerCommands.Publish(publishMonday, CoManager, ShiftId.New(Week), ShiftRole.Welcome, Hours(0, 9, 17))));
            tuesday = await node.PublishAsync(Hours(1, 9, 13), ShiftRole.Cleaning);
            firstClaim = Assert.IsType<CommandResult.Accepted>(await node.Shift(firstPublish.View.Id,
                new ShiftCommands.Claim(claimMonday, Facilitator(Lea), Lea)));
            Assert.IsType<CommandResult.Accepted>(await node.Shift(tuesday, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)));
            clock.SetUtcNow(At(1, 8, 55));
            Assert.IsType<CommandResult.Accepted>(await node.Shift(tuesday, new ShiftCommands.Start(NewCommandId("start"), Facilitator(Samir), default)));

            before = await node.Week(Week);
            mondayBefore = (await node.ShiftView(firstPublish.View.Id))!;
            tuesdayBefore = (await node.ShiftView(tuesday))!;
        }

        var monday = firstPublish.View.Id;
        await using (var node = await startNode())
        {
            AssertSameWeek(before, await node.Week(Week));
            Assert.Equal(mondayBefore, await node.ShiftView(monday));
            Assert.Equal(Lea, mondayBefore.Holder);
            Assert.Equal(tuesdayBefore, await node.ShiftView(tuesday));
            Assert.Equal(At(1, 8, 55), tuesdayBefore.StartedAt);

            // The command ids are rebuilt from the journal: retries are still recognised.
            var claimRetry = Assert.IsType<CommandResult.Accepted>(await node.Shift(monday, new ShiftCommands.Claim(claimMonday, Facilitator(Lea), Lea)));
            Assert.True(claimRetry.Repeated);
            Assert.Equal(firstClaim.View, claimRetry.View);
            var publishRetry = Assert.IsType<CommandResult.Accepted>(await node.Ledger(Week,
                new LedgerCommands.Publish(publishMonday, CoManager, ShiftId.New(Week), ShiftRole.Welcome, Hours(0, 9, 17))));
            Assert.True(publishRetry.Repeated);
            Assert.Equal(monday, publishRetry.View.Id);

            // Nothing was persisted by the wake-up reports or the retries: every event bumps a version.
            AssertSameWeek(before, await node.Week(Week));
            Assert.Equal(mondayBefore.Version, (await node.ShiftView(monday))!.Version);
        }

        return new Outcome(monday, tuesday);
    }

    private static void AssertSameWeek(WeekLedgerState expected, WeekLedgerState actual)
    {
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Shifts.Keys, actual.Shifts.Keys);
        foreach (var (id, shift) in expected.Shifts) Assert.Equal(shift, actual.Shifts[id]);
        Assert.Equal(expected.Published.OrderBy(p => p.Key.Value), actual.Published.OrderBy(p => p.Key.Value));
        Assert.Equal(expected.People(), actual.People());
        Assert.Equal(expected.CommittedHours, actual.CommittedHours);
    }
}
