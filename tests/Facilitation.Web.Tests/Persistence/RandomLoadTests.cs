using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Shifts;
using Facilitation.Domain.Ids;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Facilitation.Web.Tests.Persistence;

public sealed class RandomLoadTests
{
    private const int Commands = 1000;
    private const int Concurrency = 16;
    private static readonly HttpStatusCode[] Expected = [HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Conflict];

    private sealed record Acknowledged(string Shift, long Version, string Status, string? Holder);

    [Fact]
    public async Task A_thousand_random_concurrent_commands_leave_a_week_within_every_rule_that_a_fresh_actor_system_rebuilds_identically()
    {
        using var database = new TestDatabase();
        var random = new Random(20261126);
        var shifts = new List<string>();
        var acknowledged = new ConcurrentBag<Acknowledged>();
        var statuses = new ConcurrentBag<(string What, HttpStatusCode Status, string Body)>();
        JsonObject reported;

        await using (var app = new FacilitationApp(database))
        {
            var devices = new Dictionary<string, HttpClient>();
            foreach (var person in DemoStaff.Casaco) devices[person] = await app.SignedIn(person);
            var manager = devices["aurelien"];
            // A first handful of shifts so that claims have something to aim at from the start.
            for (var i = 0; i < 12; i++)
            {
                var (start, end) = Slot(random);
                shifts.Add(await manager.Published(start, end));
            }

            var plan = Enumerable.Range(0, Commands).Select(_ => random.NextDouble()).ToList();
            var gate = new SemaphoreSlim(Concurrency);
            var tasks = plan.Select(async (dice, index) =>
            {
                await gate.WaitAsync();
                try
                {
                    await RunOne(dice, index, devices, shifts, acknowledged, statuses);
                }
                finally
                {
                    gate.Release();
                }
            });
            await Task.WhenAll(tasks);

            reported = await manager.Week("2027-W10");
        }

        var unexpected = statuses.Where(s => !Expected.Contains(s.Status)).Take(5).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Select(u => $"{u.What}: {(int)u.Status} {u.Body}")));
        Assert.True(statuses.Count(s => s.Status == HttpStatusCode.OK) > 100, "enough commands succeeded to mean something");
        Assert.Empty(WeekRuleAudit.Violations(reported, DemoStaff.Contracts));

        // What each shift last acknowledged is what the week shows.
        foreach (var last in acknowledged.GroupBy(a => a.Shift).Select(g => g.MaxBy(a => a.Version)!))
        {
            var shown = reported.Shift(last.Shift);
            Assert.Equal(last.Status, shown.Text("status"));
            Assert.Equal(last.Holder, shown["holder"]?.GetValue<string>());
        }

        // A fresh actor system on the same file rebuilds the same week from the journal…
        await using var restarted = new FacilitationApp(database);
        var rebuilt = await (await restarted.SignedIn("aurelien")).Week("2027-W10");
        Assert.Equal(reported.Canonical(), rebuilt.Canonical());

        // …and every shift's own journal agrees with the ledger's.
        var region = restarted.Services.GetRequiredService<IRequiredActor<ShiftRegion>>().ActorRef;
        foreach (var shown in reported["shifts"]!.AsArray().Select(s => s!.AsObject()))
        {
            var id = ShiftId.Parse(shown.Text("id"));
            var own = await region.Ask<ShiftMessages.State>(new ShiftMessages.GetState(new SiteId("casaco"), id), TimeSpan.FromSeconds(10));
            if (own.View is null)
            {
                Assert.Equal("published", shown.Text("status")); // never touched after publishing
                continue;
            }
            Assert.Equal(shown.Text("status"), own.View.Status.ToString().ToLowerInvariant().Replace("noshow", "no-show"));
            Assert.Equal(shown["holder"]?.GetValue<string>(), own.View.Holder?.Value);
        }
    }

    private static async Task RunOne(
        double dice, int index, Dictionary<string, HttpClient> devices, List<string> shifts,
        ConcurrentBag<Acknowledged> acknowledged, ConcurrentBag<(string, HttpStatusCode, string)> statuses)
    {
        var random = new Random(index);
        string PickShift() { lock (shifts) return shifts[random.Next(shifts.Count)]; }
        var person = DemoStaff.Casaco.ElementAt(random.Next(9));
        var device = devices[person];

        if (dice < 0.2)
        {
            var manager = devices[DemoStaff.CasacoCoManagers[random.Next(2)]];
            var (start, end) = Slot(random);
            var commandId = $"publish-{index}";
            var response = await manager.Publish(commandId, "welcome", start, end);
            if (dice < 0.03) response = await manager.Publish(commandId, "welcome", start, end); // a retry
            var body = await response.Content.ReadAsStringAsync();
            statuses.Add(("publish", response.StatusCode, body));
            if (response.StatusCode == HttpStatusCode.Created)
                lock (shifts) shifts.Add(JsonNode.Parse(body)!["id"]!.GetValue<string>());
            return;
        }

        var action = dice < 0.7 ? "claim" : "release";
        var shift = PickShift();
        var id = $"{action}-{index}";
        var first = await device.Act(shift, action, id);
        var answer = dice is > 0.65 and < 0.7 ? await device.Act(shift, action, id) : first; // a retry
        var text = await answer.Content.ReadAsStringAsync();
        statuses.Add((action, answer.StatusCode, text));
        if (answer.StatusCode == HttpStatusCode.OK)
        {
            var view = JsonNode.Parse(text)!.AsObject();
            acknowledged.Add(new Acknowledged(shift, view["version"]!.GetValue<long>(), view.Text("status"), view["holder"]?.GetValue<string>()));
        }
    }

    /// <summary>A shift of 1 to 6 hours, starting on a quarter hour between 07:00 and 18:00, in 2027-W10.</summary>
    private static (string Start, string End) Slot(Random random)
    {
        var day = new DateTime(2027, 3, 8).AddDays(random.Next(7));
        var start = day.AddHours(7).AddMinutes(15 * random.Next(44));
        var end = start.AddMinutes(60 + 15 * random.Next(21));
        return ($"{start:yyyy-MM-ddTHH:mm}", $"{end:yyyy-MM-ddTHH:mm}");
    }
}
