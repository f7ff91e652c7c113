using Facilitation.Actors.Messages;
using Facilitation.Actors.Serialization;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Recovery;

/// <summary>
/// A shift snapshots itself every 50 events. The snapshot goes through the real snapshot store and
/// the product's serializer, and a shift whose early events are gone recovers from it alone,
/// command ids included.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class SnapshotRecoveryTests : NodeTest
{
    [Fact]
    public async Task A_shift_recovers_from_its_snapshot_with_the_command_ids_it_had_handled()
    {
        var shift = await Node.PublishAsync(Hours(0, 9, 17));
        var firstClaim = new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea);
        var firstAnswer = Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, firstClaim)).View;
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Release(NewCommandId("release"), Facilitator(Lea))));
        // Opened, then 24 more claim-and-release pairs: the claim at sequence number 50 takes a snapshot.
        for (var i = 1; i < 25; i++)
        {
            Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));
            Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Release(NewCommandId("release"), Facilitator(Lea))));
        }
        var before = (await Node.ShiftView(shift))!;
        Assert.Equal(51, before.Version);
        var persistenceId = Journal.ShiftId(Site.Id, shift);
        await Node.Kit.AwaitAssertAsync(() =>
        {
            var snapshot = Assert.Single(Journal.Snapshots(Db, persistenceId));
            Assert.Equal((50L, "shift.snapshot.v1", FacilitationSerializer.Id), (snapshot.SequenceNr, snapshot.Manifest, snapshot.SerializerId));
            Assert.Contains($"\"{firstClaim.CommandId}\":{{", snapshot.Text);
            return Task.CompletedTask;
        });

        // The events the snapshot covers are gone: only the snapshot can bring back the first claim's id.
        await RestartAsync(() => Db.Execute(
            "DELETE FROM journal WHERE persistence_id = $id AND sequence_number <= 50", ("$id", persistenceId)));

        Assert.Equal(before, await Node.ShiftView(shift));
        var retry = Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, firstClaim));
        Assert.True(retry.Repeated);
        Assert.Equal(firstAnswer, retry.View);
        Assert.Equal(["shift.released.v1"], Journal.Manifests(Db, persistenceId));
    }

    [Fact]
    public async Task A_week_ledger_recovers_from_its_snapshot_after_two_hundred_events()
    {
        // 100 quarter-hour shifts (25 h of the 85 h; a week holds at most 150), then claims and
        // releases of one of them, each a change of the ledger's too, until the 200th event has
        // taken the week's snapshot.
        var shifts = new List<ShiftId>();
        for (var i = 0; i < 100; i++)
        {
            var start = At(i % 7, 7).AddMinutes(15 * (i / 7));
            shifts.Add(await Node.PublishAsync(new Domain.Time.TimeRange(start, start.AddMinutes(15))));
        }
        var persistenceId = Journal.WeekId(Site.Id, Week);
        for (var pair = 0; !Journal.Snapshots(Db, persistenceId).Any(s => s.SequenceNr == 200); pair++)
        {
            Assert.True(pair < 100, "no snapshot at the ledger's 200th event");
            Assert.IsType<CommandResult.Accepted>(await Node.Shift(shifts[0], new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));
            Assert.IsType<CommandResult.Accepted>(await Node.Shift(shifts[0], new ShiftCommands.Release(NewCommandId("release"), Facilitator(Lea))));
            // The ledger hears of the release after the shift answered: wait for it before the next pair.
            await Node.Kit.AwaitAssertAsync(async () => Assert.False((await Node.Week(Week)).Shifts[shifts[0].Value].IsHeld));
        }
        var before = await Node.Week(Week);
        var snapshot = Assert.Single(Journal.Snapshots(Db, persistenceId));
        Assert.Equal((200L, "week.snapshot.v1", FacilitationSerializer.Id), (snapshot.SequenceNr, snapshot.Manifest, snapshot.SerializerId));

        // The events the snapshot covers are gone: only the snapshot can bring them back.
        await RestartAsync(() => Db.Execute("DELETE FROM journal WHERE persistence_id = $id AND sequence_number <= 200", ("$id", persistenceId)));

        var after = await Node.Week(Week);
        Assert.Equal(100, after.Shifts.Count);
        Assert.Equal(before.PublishedHours, after.PublishedHours);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(shifts.Select(s => s.Value).Order(), after.Shifts.Keys.Order());
    }
}
