using System.Collections.Concurrent;
using System.Diagnostics;
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
/// Three nodes of the product, each its own process, in one cluster on one PostgreSQL database,
/// configured as ops/README.md and ops/compose.yaml give them (node 1 the only seed, the production
/// timings). Co-managers publish shifts through every node at a steady pace while the nodes fail:
/// <list type="number">
/// <item>node 1 — the oldest, home of the shard coordinators — is killed with SIGKILL: the time
/// until the survivors answer normally again is measured, and must stay under 10 s;</item>
/// <item>node 1 is started again on the same address, as a container's restart would: it joins the
/// one cluster (it used to form a second one of its own);</item>
/// <item>node 3 is frozen with SIGSTOP for 30 s, downed by the others meanwhile, and sent commands
/// while it stands still; on SIGCONT it writes nothing, leaves by itself, and started again, joins
/// cleanly.</item>
/// </list>
/// The generator retries a command that got no answer or a 503 on another node, with the same
/// command id, until it is acknowledged. At the end every acknowledged command is in the state
/// exactly once, sending any command id again replays its first answer, nothing the frozen node was
/// sent is in the state, and a client of a surviving node was pushed every shift published.
/// </summary>
public sealed class NodeKilledMidLoadTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan FailoverLimit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);
    private readonly TestDatabase _database = new("postgresql");
    private readonly NodeProcess?[] _nodes = new NodeProcess?[3];
    private readonly List<NodeProcess> _ended = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private Dictionary<string, string> _settings = null!;
    private CookieContainer _cookies = null!;

    [Fact]
    public async Task One_cluster_through_a_kill_a_restart_and_a_freeze_every_acknowledged_command_once_and_failover_under_10_s()
    {
        var ports = new[] { NodeProcess.FreePort(), NodeProcess.FreePort(), NodeProcess.FreePort() };
        _settings = NodeProcess.OnPostgreSql(_database.ConnectionString, ports[0]); // node 1 the only seed, as in compose
        // One after the other, as a rolling start would: each joins the cluster the first formed.
        for (var i = 0; i < 3; i++)
        {
            _nodes[i] = NodeProcess.Start($"node-{i + 1}", ports[i], _settings);
            await _nodes[i]!.Ready(members: i + 1, within: TimeSpan.FromSeconds(60));
        }

        // One session for the co-manager, signed in on one node and carried to the others (the
        // keys that sign it are in the database): a device whose node dies goes on elsewhere.
        _cookies = new CookieContainer();
        var signIn = await Device(1).PostAsJsonAsync("/api/session", new { site = "casaco", person = "aurelien", pin = DemoStaff.Pins["aurelien"] });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        // Node 2 lives through everything: its client must be pushed every shift published.
        var pushed = new ConcurrentDictionary<string, bool>();
        await using var feed = new HubConnectionBuilder()
            .WithUrl(new Uri(_nodes[1]!.Address, "/hubs/staff"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Cookies = _cookies;
            })
            .Build();
        feed.On<JsonElement>("staffEvent", message =>
        {
            if (message.GetProperty("type").GetString() == "shift-changed")
                pushed[message.GetProperty("shift").GetProperty("id").GetString()!] = true;
        });
        await feed.StartAsync();

        var slots = Slots().ToList();
        var zombieSlots = slots.Take(8).ToList(); // sent to the frozen node only
        var work = new ConcurrentQueue<(string CommandId, Slot Slot)>(slots.Skip(8).Select(s => (Calls.NewId(), s)));
        var acknowledged = new ConcurrentDictionary<string, Acknowledgement>();
        using var stop = new CancellationTokenSource();
        var phase = "before the kill";
        var workers = Enumerable.Range(0, 6).Select(w => Worker(w, work, acknowledged, () => phase, stop.Token)).ToList();

        // 1. SIGKILL of node 1 once the load runs; the failover, measured on the survivors.
        await Eventually.True(() => Task.FromResult(acknowledged.Count >= 30), "30 commands acknowledged before the kill", TimeSpan.FromSeconds(60));
        var killedAt = _clock.Elapsed;
        Kill(0);
        phase = "after the kill";
        var (failover, lastAnswered) = await Failover(killedAt, work, acknowledged);
        output.WriteLine($"Failover after the SIGKILL of node-1 (the shard coordinators' node): {failover.TotalSeconds:F1} s; every command sent to the survivors after that answered in under {Slow.TotalSeconds:F0} s. The last command in flight at the kill was answered {lastAnswered.TotalSeconds:F1} s after it.");
        Assert.True(failover < FailoverLimit, $"failover took {failover.TotalSeconds:F1} s (limit {FailoverLimit.TotalSeconds} s)\n{Logs()}");

        // 2. Node 1 comes back on its address, as compose's restart policy brings it: one cluster.
        _nodes[0] = NodeProcess.Start("node-1-restarted", ports[0], _settings);
        await _nodes[0]!.Ready(members: 3, within: TimeSpan.FromSeconds(60));
        await OneCluster(members: 3);
        phase = "after node 1's restart";
        await Eventually.True(() => Task.FromResult(acknowledged.Values.Count(a => a.Phase == "after node 1's restart") >= 20), "commands acknowledged after node 1's restart", TimeSpan.FromSeconds(60));

        // 3. Node 3 stands still for 30 s; the others down it; what it was sent meanwhile is
        // refused once it runs again; it leaves by itself, and joins cleanly when started again.
        var frozen = _nodes[2]!;
        frozen.Pause();
        var frozenAt = _clock.Elapsed;
        phase = "while node 3 is frozen";
        var sentToTheFrozen = zombieSlots.Select(s => SendToFrozen(frozen, s)).ToList();
        await Eventually.True(async () => await UpMembers(_nodes[1]!) == 2, "nodes 1 and 2 downed the frozen node 3", TimeSpan.FromSeconds(30));
        output.WriteLine($"Node 3 downed by the others {(_clock.Elapsed - frozenAt).TotalSeconds:F1} s after it froze.");
        var thaw = frozenAt + TimeSpan.FromSeconds(30) - _clock.Elapsed;
        if (thaw > TimeSpan.Zero) await Task.Delay(thaw); // the freeze itself lasts 30 s: what is tested, not a wait for a condition
        frozen.Resume();
        Assert.True(frozen.ExitedWithin(TimeSpan.FromSeconds(30)), $"node 3, downed while frozen, did not leave by itself\n{frozen.Output()}");
        var frozenAnswers = await Task.WhenAll(sentToTheFrozen);
        output.WriteLine($"Node 3 left {(_clock.Elapsed - frozenAt - TimeSpan.FromSeconds(30)).TotalSeconds:F1} s after SIGCONT; the {frozenAnswers.Length} commands sent to it while frozen got: {string.Join(", ", frozenAnswers)}.");
        Assert.All(frozenAnswers, answer => Assert.False(answer.StartsWith('2'), $"the frozen node acknowledged a command: {answer}"));
        _ended.Add(frozen);
        _nodes[2] = NodeProcess.Start("node-3-restarted", ports[2], _settings);
        await _nodes[2]!.Ready(members: 3, within: TimeSpan.FromSeconds(60));
        await OneCluster(members: 3);
        phase = "after node 3's restart";
        await Eventually.True(() => Task.FromResult(acknowledged.Values.Count(a => a.Phase == "after node 3's restart") >= 20), "commands acknowledged after node 3's restart", TimeSpan.FromSeconds(60));

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        output.WriteLine($"{acknowledged.Count} commands acknowledged: {string.Join(", ", acknowledged.Values.GroupBy(a => a.Phase).Select(g => $"{g.Count()} {g.Key}"))}; {_attempts.Count(a => !a.Ok)} tries got no answer or a 503 and went to another node.");

        // The state, read through node 2: every acknowledged shift exactly once, nothing else, in
        // every week, including the weeks whose ledger lived on the nodes that died.
        var reader = Device(1);
        var inState = new List<string>();
        var starts = new HashSet<string>();
        foreach (var week in slots.Select(s => s.Week).Distinct())
        {
            var response = await reader.GetAsync($"/api/sites/casaco/weeks/{week}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"week {week}: {(int)response.StatusCode}");
            foreach (var shift in (await response.Json())["shifts"]!.AsArray().Select(s => s!.AsObject()))
            {
                inState.Add(shift.Text("id"));
                starts.Add(shift.Text("start")[..16]);
            }
        }
        var acknowledgedShifts = acknowledged.Values.Select(a => a.ShiftId).ToList();
        var missing = acknowledged.Where(a => !inState.Contains(a.Value.ShiftId)).Select(a => $"{a.Key} ({a.Value.Phase}, {a.Value.Slot.Start})");
        var extra = inState.Where(id => !acknowledgedShifts.Contains(id));
        var twice = inState.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.True(acknowledgedShifts.Order().SequenceEqual(inState.Order()),
            $"acknowledged but not in the state: [{string.Join(", ", missing)}]; in the state, never acknowledged: [{string.Join(", ", extra)}]; twice: [{string.Join(", ", twice)}]");
        Assert.DoesNotContain(zombieSlots, s => starts.Contains(s.Start));

        // Sending any command id again, to any node, gives its first answer back.
        var again = 0;
        foreach (var (commandId, acknowledgement) in acknowledged)
        {
            var device = Device(again++ % 3);
            var response = await device.PostAsJsonAsync("/api/sites/casaco/shifts", new { commandId, role = "welcome", start = acknowledgement.Slot.Start, end = acknowledgement.Slot.End });
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"command {commandId} sent again: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.True(response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Contains("true"), $"command {commandId} applied twice");
            Assert.Equal(acknowledgement.ShiftId, (await response.Json()).Text("id"));
        }

        // The client of node 2 was told of every shift published while it was connected (a retry
        // answered as a repeat publishes nothing again: its shift was made, and pushed, before).
        var published = acknowledged.Values.Where(a => !a.Replayed).Select(a => a.ShiftId).ToList();
        await Eventually.True(
            () => Task.FromResult(published.All(pushed.ContainsKey)),
            $"every shift published pushed to node 2's client; missing: {string.Join(", ", published.Where(s => !pushed.ContainsKey(s)).Take(10))}");
        Assert.Equal(HubConnectionState.Connected, feed.State);
    }

    public void Dispose()
    {
        // Every line of every node, in a file for a failure's reader (TestResults/ in CI).
        var logs = Path.Combine(Environment.GetEnvironmentVariable("FACILITATION_TEST_LOGS") ?? Path.GetTempPath(), "three-nodes-logs.txt");
        File.WriteAllText(logs, string.Join("\n", _nodes.OfType<NodeProcess>().Concat(_ended).Select(n => n.FullOutput())));
        output.WriteLine($"The nodes' logs: {logs}");
        foreach (var node in _nodes.OfType<NodeProcess>().Concat(_ended)) node.Dispose();
        _database.Dispose();
    }

    private HttpClient Device(int node) =>
        new(new HttpClientHandler { CookieContainer = _cookies }) { BaseAddress = _nodes[node]!.Address, Timeout = TimeSpan.FromSeconds(15) };

    private void Kill(int node)
    {
        _nodes[node]!.Kill();
        _ended.Add(_nodes[node]!);
    }

    /// <summary>One worker of the load: takes the next command and sends it until acknowledged; about four commands a second.</summary>
    private async Task Worker(int worker, ConcurrentQueue<(string CommandId, Slot Slot)> work, ConcurrentDictionary<string, Acknowledgement> acknowledged, Func<string> phase, CancellationToken stop)
    {
        var turn = worker;
        while (!stop.IsCancellationRequested && work.TryDequeue(out var command))
        {
            await SendUntilAcknowledged(command, turn++, acknowledged, phase, _attempts);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), stop); // the load's pace, not a wait for a condition
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Sends a command to the nodes in turn, skipping those dead or frozen, with the same command id
    /// until one acknowledges it; every try goes to <paramref name="tries"/>.
    /// </summary>
    private async Task SendUntilAcknowledged((string CommandId, Slot Slot) command, int turn, ConcurrentDictionary<string, Acknowledgement> acknowledged, Func<string> phase, ConcurrentQueue<Attempt> tries)
    {
        var deadline = _clock.Elapsed + TimeSpan.FromSeconds(90);
        while (true)
        {
            Assert.True(_clock.Elapsed < deadline, $"command {command.CommandId} never acknowledged\n{Logs()}");
            var index = turn++ % 3;
            var node = _nodes[index];
            if (node is null || node.HasExited || node.Paused) continue;
            var started = _clock.Elapsed;
            var answer = await Post(Device(index), command.CommandId, command.Slot);
            tries.Enqueue(new Attempt(started, _clock.Elapsed, node.Name, answer is not null));
            if (answer is { } id)
            {
                acknowledged[command.CommandId] = new Acknowledgement(id.ShiftId, command.Slot, phase(), id.Replayed);
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None); // back off before the same command goes to the next node
        }
    }

    /// <summary>
    /// From the kill on, a new command every 100 ms, each to a survivor, each on its own (a command
    /// waiting on the dead node holds up no other), each sent until acknowledged; until the first
    /// tries of the probes have all been answered normally for 5 s. The failover is the time from
    /// the kill to the last probe sent whose first try failed or took longer than <see cref="Slow"/>:
    /// every command sent after it was answered normally. Also returned: when the last of those
    /// failed tries was answered (a command already waiting on an entity of the dead node waits for
    /// its ask timeout, then is answered 503).
    /// </summary>
    private async Task<(TimeSpan Failover, TimeSpan LastAnswered)> Failover(TimeSpan killedAt, ConcurrentQueue<(string CommandId, Slot Slot)> work, ConcurrentDictionary<string, Acknowledgement> acknowledged)
    {
        var probes = new List<(TimeSpan Started, ConcurrentQueue<Attempt> Tries, Task Sent)>();
        // A probe's first try: as it ended, or, still waiting, as it stands now.
        IEnumerable<Attempt> First() => probes.Select(p => p.Tries.TryPeek(out var first) ? first : new Attempt(p.Started, _clock.Elapsed, "", Ok: false) { Pending = true });
        IEnumerable<Attempt> Bad() => First().Where(a => (!a.Ok && !a.Pending) || a.Ended - a.Started > Slow);
        TimeSpan LastBadStart() => Bad().Select(a => a.Started).DefaultIfEmpty(killedAt).Max();
        TimeSpan LastBadEnd() => Bad().Select(a => a.Ended).DefaultIfEmpty(killedAt).Max();
        var turn = 1;
        while (!(_clock.Elapsed - LastBadEnd() > TimeSpan.FromSeconds(5) && First().Count(a => a.Started > LastBadStart() && a.Ok) >= 20))
        {
            Assert.True(_clock.Elapsed - killedAt < TimeSpan.FromSeconds(90), $"the survivors never answered normally for 5 s\n{Logs()}");
            Assert.True(work.TryDequeue(out var command), "out of slots");
            var tries = new ConcurrentQueue<Attempt>();
            var from = turn++;
            probes.Add((_clock.Elapsed, tries, Task.Run(() => SendUntilAcknowledged(command, from, acknowledged, () => "probing the failover", tries))));
            await Task.Delay(TimeSpan.FromMilliseconds(100)); // the probes' pace, not a wait for a condition
        }
        await Task.WhenAll(probes.Select(p => p.Sent));
        return (LastBadStart() - killedAt, LastBadEnd() - killedAt);
    }

    /// <summary>Every node Up, ready, counted by the database's cluster, and seeing the same number of members.</summary>
    private async Task OneCluster(int members)
    {
        foreach (var node in _nodes)
        {
            using var client = new HttpClient { BaseAddress = node!.Address, Timeout = TimeSpan.FromSeconds(5) };
            var last = "";
            await Eventually.True(async () =>
            {
                try
                {
                    var response = await client.GetAsync("/readyz");
                    last = await response.Content.ReadAsStringAsync();
                    var ready = JsonNode.Parse(last)!["checks"]!;
                    return response.IsSuccessStatusCode && ready["members"]!.GetValue<string>() == $"{members}" && ready["database-cluster"]!.GetValue<string>() == "member";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            }, $"{node.Name} in the one cluster of {members} (last: {last})", TimeSpan.FromSeconds(30));
        }
    }

    private static async Task<int> UpMembers(NodeProcess node)
    {
        using var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var response = await client.GetAsync("/readyz");
            return int.Parse(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["members"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return -1;
        }
    }

    /// <summary>A command sent to the frozen node: it waits in the node's socket until the node runs again. Its status code, or how it failed.</summary>
    private async Task<string> SendToFrozen(NodeProcess node, Slot slot)
    {
        using var device = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(120) };
        try
        {
            var response = await device.PostAsJsonAsync("/api/sites/casaco/shifts", new { commandId = Calls.NewId(), role = "welcome", start = slot.Start, end = slot.End });
            return $"{(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return "no answer";
        }
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
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.True(response.Headers.RetryAfter is not null, $"a 503 without Retry-After: {body}");
            return null; // the entity is moving, or its node is fenced: retry
        }
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"command {commandId}: {(int)response.StatusCode} {body}");
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
        return (JsonNode.Parse(body)!["id"]!.GetValue<string>(), replayed);
    }

    /// <summary>Two four-hour shifts a day, every day of every week from 2027 to 2030: 56 h a week, within the 85-hour budget.</summary>
    private static IEnumerable<Slot> Slots()
    {
        for (var year = 2027; year <= 2030; year++)
            for (var week = 1; week <= 52; week++)
                for (var day = 0; day < 7; day++)
                {
                    var date = ISOWeek.ToDateTime(year, week, DayOfWeek.Monday).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var name = $"{year}-W{week:D2}";
                    yield return new Slot(name, $"{date}T08:00", $"{date}T12:00");
                    yield return new Slot(name, $"{date}T14:00", $"{date}T18:00");
                }
    }

    private string Logs() => string.Join("\n", _nodes.OfType<NodeProcess>().Concat(_ended).Select(n => n.Output()));

    private sealed record Slot(string Week, string Start, string End);

    private sealed record Acknowledgement(string ShiftId, Slot Slot, string Phase, bool Replayed);

    private sealed record Attempt(TimeSpan Started, TimeSpan Ended, string Node, bool Ok)
    {
        public bool Pending { get; init; }
    }
}
