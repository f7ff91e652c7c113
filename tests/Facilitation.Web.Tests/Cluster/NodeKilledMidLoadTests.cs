using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Facilitation.Web.Tests.Cluster;

/// <summary>
/// Three nodes of the product, each its own process, in one cluster on one PostgreSQL database.
/// Co-managers publish shifts through all three at once; the oldest node (the seed, home of the
/// shard coordinators) is killed with SIGKILL in the middle. The generator retries a command that
/// got no answer on another node, with the same command id, until it is acknowledged.
/// </summary>
public sealed class NodeKilledMidLoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Commands = 90;
    private const int KillAfter = 30;
    private readonly TestDatabase _database = new("postgresql");
    private readonly List<NodeProcess> _nodes = [];

    [Fact]
    public async Task Every_acknowledged_command_is_in_the_state_once_and_a_client_of_a_survivor_keeps_receiving_events()
    {
        var seedPort = NodeProcess.FreePort();
        var settings = new Dictionary<string, string>
        {
            ["Facilitation__Storage__Provider"] = "postgresql",
            ["Facilitation__Storage__ConnectionString"] = _database.ConnectionString,
            ["Facilitation__Cluster__Seeds__0"] = $"akka.tcp://facilitation@127.0.0.1:{seedPort}",
            // Down a dead node 2 s after it is found unreachable (10 s in production).
            ["Facilitation__Cluster__DownUnreachableAfter"] = "00:00:02",
            ["Facilitation__Api__AskTimeout"] = "00:00:04",
            // The routines on: the three schedulers are one Quartz cluster on the same database.
            ["Facilitation__Routines__Enabled"] = "true",
            ["Facilitation__DemoMembers__Folder"] = "",
        };
        // One after the other, as a rolling start would: each joins the cluster the first formed.
        foreach (var (name, port) in new[] { ("node-1", seedPort), ("node-2", NodeProcess.FreePort()), ("node-3", NodeProcess.FreePort()) })
        {
            var node = NodeProcess.Start(name, port, settings);
            _nodes.Add(node);
            await node.Ready(members: _nodes.Count, within: TimeSpan.FromSeconds(60));
        }
        var (doomed, survivor) = (_nodes[0], _nodes[2]);

        // One session for the co-manager, signed in on one node and carried to the others (the
        // keys that sign it are in the database): a device whose node dies goes on elsewhere.
        var cookies = new CookieContainer();
        var devices = _nodes.Select(n => new HttpClient(new HttpClientHandler { CookieContainer = cookies })
            { BaseAddress = n.Address, Timeout = TimeSpan.FromSeconds(15) }).ToList();
        var signIn = await devices[1].PostAsJsonAsync("/api/session", new { site = "casaco", person = "aurelien", pin = DemoStaff.Pins["aurelien"] });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var pushed = new ConcurrentDictionary<string, bool>();
        await using var feed = new HubConnectionBuilder()
            .WithUrl(new Uri(survivor.Address, "/hubs/staff"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Cookies = cookies;
            })
            .Build();
        feed.On<JsonElement>("staffEvent", message =>
        {
            if (message.GetProperty("type").GetString() == "shift-changed")
                pushed[message.GetProperty("shift").GetProperty("id").GetString()!] = true;
        });
        await feed.StartAsync();

        var slots = Slots().Take(Commands).ToList();
        var work = new ConcurrentQueue<(string CommandId, Slot Slot)>(slots.Select(s => (Calls.NewId(), s)));
        var acknowledged = new ConcurrentDictionary<string, Acknowledgement>();
        var retried = 0;
        var killed = new TaskCompletionSource();

        async Task Worker(int worker)
        {
            var node = worker;
            while (work.TryDequeue(out var command))
            {
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
                while (true)
                {
                    Assert.True(DateTime.UtcNow < deadline, $"command {command.CommandId} never acknowledged\n{Logs()}");
                    var target = node++ % devices.Count;
                    if (_nodes[target].HasExited) continue;
                    var answer = await Post(devices[target], command.CommandId, command.Slot);
                    if (answer is { } id)
                    {
                        acknowledged[command.CommandId] = new Acknowledgement(id.ShiftId, command.Slot, killed.Task.IsCompleted, id.Replayed);
                        if (acknowledged.Count == KillAfter)
                        {
                            doomed.Kill();
                            killed.SetResult();
                        }
                        break;
                    }
                    Interlocked.Increment(ref retried);
                    await Task.Delay(TimeSpan.FromMilliseconds(100)); // back off before the same command goes to the next node
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(Worker));

        output.WriteLine($"{Commands} commands acknowledged, {acknowledged.Values.Count(a => a.AfterTheKill)} after the kill of {doomed.Name}; {retried} tries got no answer or a 503 and went to another node.");
        // Every command was acknowledged, some after the kill.
        Assert.True(killed.Task.IsCompleted);
        Assert.Equal(Commands, acknowledged.Count);
        Assert.Contains(acknowledged.Values, a => a.AfterTheKill);

        // The state, read through a survivor: every acknowledged shift exactly once, nothing else,
        // in every week, including the weeks whose ledger lived on the dead node.
        var reader = devices[1];
        var inState = new List<string>();
        foreach (var week in slots.Select(s => s.Week).Distinct())
        {
            var response = await reader.GetAsync($"/api/sites/casaco/weeks/{week}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var shifts = (await response.Json())["shifts"]!.AsArray().Select(s => s!.AsObject());
            inState.AddRange(shifts.Select(s => s.Text("id")));
        }
        Assert.Equal(acknowledged.Values.Select(a => a.ShiftId).Order(), inState.Order());
        foreach (var (commandId, acknowledgement) in acknowledged)
        {
            var shift = await reader.GetAsync($"/api/sites/casaco/shifts/{acknowledgement.ShiftId}");
            Assert.True(shift.StatusCode == HttpStatusCode.OK, $"shift of command {commandId}: {shift.StatusCode}");
            Assert.Equal(acknowledgement.Slot.Start, (await shift.Json()).Text("start")[..16]);
        }

        // The client of a surviving node was told of every shift published after the kill,
        // whichever node took the command and wherever the shift lives. (A retry answered as a
        // repeat publishes nothing again: its shift was made, and pushed, before — or by the dead
        // node, whose pushes died with it.)
        var publishedAfterTheKill = acknowledged.Values.Where(a => a.AfterTheKill && !a.Replayed).Select(a => a.ShiftId).ToList();
        Assert.NotEmpty(publishedAfterTheKill);
        await Eventually.True(
            () => Task.FromResult(publishedAfterTheKill.All(pushed.ContainsKey)),
            $"every shift published after the kill pushed to the survivor's client; missing: {string.Join(", ", publishedAfterTheKill.Where(s => !pushed.ContainsKey(s)))}");
        Assert.Equal(HubConnectionState.Connected, feed.State);
    }

    public void Dispose()
    {
        foreach (var node in _nodes) node.Dispose();
        _database.Dispose();
    }

    /// <summary>The shift id and whether it was a repeat, or nothing when the node gave no answer or asked to retry.</summary>
    private static async Task<(string ShiftId, bool Replayed)?> Post(HttpClient device, string commandId, Slot slot)
    {
        HttpResponseMessage response;
        try
        {
            response = await device.PostAsJsonAsync("/api/sites/casaco/shifts", new { commandId, role = "welcome", start = slot.Start, end = slot.End });
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null; // the node died under the request, or is gone
        }
        if ((int)response.StatusCode >= 500) return null; // 503: the entity is moving; retry
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"command {commandId}: {(int)response.StatusCode} {body}");
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
        return (JsonNode.Parse(body)!["id"]!.GetValue<string>(), replayed);
    }

    private static IEnumerable<Slot> Slots()
    {
        for (var week = 10; week < 30; week++)
            for (var day = 0; day < 5; day++)
            {
                var date = ISOWeek.ToDateTime(2027, week, DayOfWeek.Monday).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var name = $"2027-W{week:D2}";
                yield return new Slot(name, $"{date}T09:00", $"{date}T13:00");
                yield return new Slot(name, $"{date}T14:00", $"{date}T18:00");
            }
    }

    private string Logs() => string.Join("\n", _nodes.Select(n => n.Output()));

    private sealed record Slot(string Week, string Start, string End);

    private sealed record Acknowledgement(string ShiftId, Slot Slot, bool AfterTheKill, bool Replayed);
}
