using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Persistence;

public sealed class RestartTests
{
    [Fact]
    public async Task A_stopped_and_restarted_host_shows_the_same_week_and_still_knows_its_commands()
    {
        using var database = new TestDatabase();
        string before;
        string claimed;
        string claimAnswer;
        await using (var first = new FacilitationApp(database))
        {
            var manager = await first.SignedIn("aurelien");
            var lea = await first.SignedIn("lea");
            claimed = await manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
            var open = await manager.Published("2027-03-10T14:00", "2027-03-10T18:00", role: "cleaning");
            claimAnswer = (await (await lea.Act(claimed, "claim", "before-restart")).Json()).Canonical();
            before = (await manager.Week("2027-W10")).Canonical();
            Assert.Contains(open, before);
        }

        await using var second = new FacilitationApp(database);
        var again = await second.SignedIn("lea");
        var after = (await again.Week("2027-W10")).Canonical();
        var retry = await again.Act(claimed, "claim", "before-restart");

        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(claimAnswer, (await retry.Json()).Canonical());
        Assert.Equal(before, (await again.Week("2027-W10")).Canonical());
    }

    [Fact]
    public async Task Requests_survive_a_restart_none_lost_and_none_twice()
    {
        using var database = new TestDatabase();
        string before;
        static string Summary(System.Text.Json.Nodes.JsonArray tasks) =>
            string.Join("|", tasks.Select(t => t!).Select(t => $"{t.Text("id")}:{t.Text("title")}:{t.Text("status")}:{t.Text("raisedAt")}:{t["version"]}"));
        await using (var first = new FacilitationApp(database))
        {
            var kiosk = await first.Kiosk();
            for (var i = 0; i < 3; i++)
                Assert.Equal(HttpStatusCode.Created, (await kiosk.Request($"req-{i}", "supplies", "entrance", text: $"demande {i}")).StatusCode);
            before = Summary((await (await first.SignedIn("lea")).Tasks())["tasks"]!.AsArray());
        }

        await using var second = new FacilitationApp(database);
        var lea = await second.SignedIn("lea");
        var after = (await lea.Tasks())["tasks"]!.AsArray();
        var retry = await (await second.Kiosk()).Request("req-1", "supplies", "entrance", text: "demande 1");

        Assert.Equal(3, after.Count);
        Assert.Equal(before, Summary(after));
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, (await lea.Tasks())["tasks"]!.AsArray().Count);
    }
}
