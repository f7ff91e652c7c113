using Facilitation.Actors.Messages;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Ledger;

/// <summary>The week ledger actor: the only writer of a site-week's 85-hour budget.</summary>
[Collection(ActorSystems.Name)]
public sealed class WeekLedgerActorTests : NodeTest
{
    private string WeekPersistenceId => Journal.WeekId(Site.Id, Week);

    [Fact]
    public async Task A_publish_within_the_budget_is_acknowledged_once_persisted()
    {
        var id = ShiftId.New(Week);
        var publish = new LedgerCommands.Publish(NewCommandId("publish"), CoManager, id, ShiftRole.Welcome, Hours(0, 9, 17));

        var result = await Node.Ledger(Week, publish);

        var accepted = Assert.IsType<CommandResult.Accepted>(result);
        Assert.False(accepted.Repeated);
        Assert.Equal(id, accepted.View.Id);
        Assert.Equal(ShiftStatus.Published, accepted.View.Status);
        Assert.Equal(At(0, 9), accepted.View.Start);
        // Acknowledged means persisted: the row is in the journal when the answer arrives.
        var row = Assert.Single(Journal.Rows(Db, WeekPersistenceId));
        Assert.Equal("week.shift-published.v1", row.Manifest);
        Assert.Contains(id.Value, row.Text);
        var week = await Node.Week(Week);
        Assert.Equal(TimeSpan.FromHours(8), week.PublishedHours);
        Assert.Equal(id, Assert.Single(week.Shifts.Values).Id);
    }

    [Fact]
    public async Task A_publish_over_the_weekly_budget_is_rejected_with_the_figures_and_persists_nothing()
    {
        // 8 shifts of 10 hours: 80 of the 85 hours.
        for (var i = 0; i < 8; i++)
            await Node.PublishAsync(Hours(i % 7, 8, 18));

        var result = await Node.Ledger(Week, new LedgerCommands.Publish(
            NewCommandId("publish"), CoManager, ShiftId.New(Week), ShiftRole.Cleaning, Hours(5, 12, 18)));

        var why = Assert.IsType<CommandResult.Rejected>(result).Why;
        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.WeekOverBudget, why.Code);
        Assert.Equal(TimeSpan.FromHours(86), why.Would);
        Assert.Equal(TimeSpan.FromHours(85), why.Limit);
        Assert.Equal(8, Journal.Rows(Db, WeekPersistenceId).Count);
        Assert.Equal(TimeSpan.FromHours(80), (await Node.Week(Week)).PublishedHours);
    }

    [Fact]
    public async Task A_retried_publish_returns_the_first_shift_and_persists_nothing_new()
    {
        var command = NewCommandId("publish");
        var first = Assert.IsType<CommandResult.Accepted>(await Node.Ledger(Week,
            new LedgerCommands.Publish(command, CoManager, ShiftId.New(Week), ShiftRole.Logistics, Hours(1, 14, 18))));

        // The tablet lost the answer and sends the same command again (its new id is not used).
        var retry = Assert.IsType<CommandResult.Accepted>(await Node.Ledger(Week,
            new LedgerCommands.Publish(command, CoManager, ShiftId.New(Week), ShiftRole.Logistics, Hours(1, 14, 18))));

        Assert.False(first.Repeated);
        Assert.True(retry.Repeated);
        Assert.Equal(first.View.Id, retry.View.Id);
        Assert.Single(Journal.Rows(Db, WeekPersistenceId));
        var week = await Node.Week(Week);
        Assert.Equal(first.View.Id, Assert.Single(week.Shifts.Values).Id);
        Assert.Equal(1, week.Version);
    }

    [Fact]
    public async Task The_same_command_id_with_another_publish_is_refused_as_reused()
    {
        var command = NewCommandId("publish");
        await Node.Ledger(Week, new LedgerCommands.Publish(command, CoManager, ShiftId.New(Week), ShiftRole.Welcome, Hours(2, 9, 12)));

        var other = await Node.Ledger(Week, new LedgerCommands.Publish(command, CoManager, ShiftId.New(Week), ShiftRole.Welcome, Hours(2, 13, 17)));

        Assert.Equal(RejectionCodes.CommandIdReused, Assert.IsType<CommandResult.Rejected>(other).Why.Code);
        Assert.Single(Journal.Rows(Db, WeekPersistenceId));
    }
}
