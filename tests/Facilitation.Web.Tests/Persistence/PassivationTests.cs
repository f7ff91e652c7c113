using System.Net;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Shifts;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Facilitation.Web.Tests.Persistence;

public sealed class PassivationTests
{
    [Fact]
    public async Task Idle_shifts_and_weeks_leave_memory_and_come_back_from_the_journal_when_needed()
    {
        using var database = new TestDatabase();
        await using var app = new FacilitationApp(database, settings: new Dictionary<string, string?>
        {
            ["Facilitation:Cluster:PassivateIdleAfter"] = "00:00:01",
        });
        var lea = await app.SignedIn("lea");
        var manager = await app.SignedIn("aurelien");
        var shift = await manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        Assert.Equal(HttpStatusCode.OK, (await lea.Act(shift, "claim", "claim")).StatusCode);
        var ledgers = app.Services.GetRequiredService<IRequiredActor<WeekLedgerRegion>>().ActorRef;
        var shifts = app.Services.GetRequiredService<IRequiredActor<ShiftRegion>>().ActorRef;
        Assert.True(await Entities(ledgers) > 0);
        Assert.True(await Entities(shifts) > 0);

        await Eventually.True(async () => await Entities(ledgers) == 0 && await Entities(shifts) == 0, "idle entities are passivated");

        var week = await lea.Week("2027-W10");
        Assert.Equal("lea", week.Shift(shift).Text("holder"));
        var retry = await lea.Act(shift, "claim", "claim");
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
    }

    private static async Task<int> Entities(IActorRef region)
    {
        var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(5));
        return state.Shards.Sum(s => s.EntityIds.Count);
    }
}
