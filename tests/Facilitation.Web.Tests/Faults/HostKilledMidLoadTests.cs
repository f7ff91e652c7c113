using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Cluster;
using Facilitation.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Facilitation.Web.Tests.Faults;

/// <summary>
/// One node, its own process, under a mixed load from several concurrent clients: shift
/// publications, shift claims, front-desk requests from kiosks and task takes, each with a
/// command id of the client's. The process is killed with SIGKILL when about a third of the load is
/// acknowledged, with requests in flight, and a new process is started on the same database. Then:
/// every command acknowledged before the kill is in the state, once; sending it again gives the
/// first answer back (Idempotent-Replayed); and the commands that got no answer, sent again with
/// their ids, are applied once.
/// </summary>
public sealed class HostKilledMidLoadTests(ITestOutputHelper output) : IDisposable
{
    private const string Week = "2027-W40";
    private readonly List<NodeProcess> _nodes = [];
    private TestDatabase? _database;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Every_acknowledged_command_survives_a_SIGKILL_once_and_unanswered_ones_resent_are_applied_once(string provider)
    {
        _database = new TestDatabase(provider);
        var node = await Start("node-1");

        using var session = new Session(node.Address);
        var manager = await session.SignedIn("aurelien");

        // What the load acts on: shifts to claim, one per facilitator on a day of their own, and
        // tasks to take, raised at two kiosks (a kiosk may raise 10 requests a minute).
        var toClaim = new List<(string Shift, string Person)>();
        foreach (var (person, index) in DemoStaff.CasacoFacilitators.Select((p, i) => (p, i)))
        {
            var day = ISOWeek.ToDateTime(2027, 40, DayOfWeek.Monday).AddDays(index % 5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (from, to) = index < 5 ? ("09:00", "13:00") : ("14:00", "18:00");
            toClaim.Add((await manager.Client.Published($"{day}T{from}", $"{day}T{to}"), person));
        }
        var toTake = new List<string>();
        foreach (var kiosk in new[] { await session.Kiosk(), await session.Kiosk() })
            for (var i = 0; i < 6; i++)
            {
                var raised = await kiosk.Client.Request(Calls.NewId(), "supplies", "entrance");
                Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
                toTake.Add((await raised.Json()).Text("id"));
            }
        var kiosks = new[] { await session.Kiosk(), await session.Kiosk(), await session.Kiosk() };

        var commands = new List<Command>();
        commands.AddRange(Slots().Take(24).Select(s => Command.Publish(s.Week, s.Start, s.End)));
        commands.AddRange(toClaim.Select(c => Command.Claim(c.Shift, c.Person)));
        commands.AddRange(Enumerable.Range(0, 12).Select(i => Command.Request(kiosk: i % kiosks.Length, category: i % 2 == 0 ? "printer" : "cleaning")));
        commands.AddRange(toTake.Select(Command.Take));
        // Mixed, in a fixed order: the kinds interleave on the wire.
        var work = new ConcurrentQueue<Command>(commands.OrderBy(c => c.CommandId, StringComparer.Ordinal));
        var killAfter = commands.Count / 3;

        var acknowledged = new ConcurrentDictionary<string, Answer>();
        var unanswered = new ConcurrentBag<Command>();
        var killed = 0;

        async Task Worker()
        {
            while (work.TryDequeue(out var command))
            {
                Answer? answer;
                try
                {
                    answer = await Send(command, manager, kiosks);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    unanswered.Add(command); // killed under the request, or the node is gone
                    return;
                }
                if (answer is null)
                {
                    unanswered.Add(command); // a 503: nothing is known to be applied
                    continue;
                }
                acknowledged[command.CommandId] = answer;
                if (acknowledged.Count >= killAfter && Interlocked.Exchange(ref killed, 1) == 0) node.Kill();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Worker)));
        Assert.Equal(1, killed);
        var notSent = work.ToList();
        output.WriteLine($"{provider}: {acknowledged.Count} of {commands.Count} acknowledged before the kill, {unanswered.Count} sent without an answer, {notSent.Count} not sent yet.");
        Assert.NotEmpty(unanswered); // some requests were in flight when the process died

        // A new process on the same database; the sessions' keys are kept beside it.
        var restarted = await Start("node-1-restarted");
        session.MoveTo(restarted.Address);

        // The acknowledged ones, sent again: the first answer, marked as a replay.
        foreach (var command in commands.Where(c => acknowledged.ContainsKey(c.CommandId)))
        {
            var again = await Retry(() => Send(command, manager, kiosks, expectReplay: true));
            Assert.Equal(acknowledged[command.CommandId], again);
        }
        // The unanswered ones, sent again with their ids (and the rest of the load).
        var resentWereApplied = 0;
        foreach (var command in unanswered.Concat(notSent))
        {
            var answer = await Retry(() => Send(command, manager, kiosks));
            acknowledged[command.CommandId] = answer;
            if (answer.Replayed) resentWereApplied++;
        }
        output.WriteLine($"{resentWereApplied} of the unanswered had been applied before the kill and were answered as replays.");
        Assert.Equal(commands.Count, acknowledged.Count);

        // The state, through the API: each command's effect exactly once, nothing else.
        var published = commands.Where(c => c.Kind == "publish").ToList();
        var shiftsInState = new List<string>();
        foreach (var week in published.Select(c => c.Week!).Distinct())
            shiftsInState.AddRange((await manager.Client.Week(week))["shifts"]!.AsArray().Select(s => s!.Text("id")));
        Assert.Equal(published.Select(c => acknowledged[c.CommandId].Id).Order(), shiftsInState.Order());
        foreach (var command in published)
        {
            var shift = await manager.Client.GetAsync($"/api/sites/casaco/shifts/{acknowledged[command.CommandId].Id}");
            Assert.Equal(HttpStatusCode.OK, shift.StatusCode);
            Assert.Equal(command.Start, (await shift.Json()).Text("start")[..16]);
        }

        var claimedWeek = await manager.Client.Week(Week);
        Assert.Equal(toClaim.Count, claimedWeek["shifts"]!.AsArray().Count);
        foreach (var (shift, person) in toClaim) Assert.Equal(person, claimedWeek.Shift(shift).Text("holder"));

        var board = (await manager.Client.Tasks())["tasks"]!.AsArray().Select(t => t!.AsObject()).ToList();
        var raisedTasks = commands.Where(c => c.Kind == "request").Select(c => acknowledged[c.CommandId].Id).ToList();
        Assert.Equal(raisedTasks.Count, raisedTasks.Distinct().Count());
        Assert.Equal(toTake.Concat(raisedTasks).Order(), board.Select(t => t.Text("id")).Order());
        foreach (var task in board)
            Assert.Equal(toTake.Contains(task.Text("id")) ? "aurelien" : null, task["claimedBy"]?.GetValue<string>());
        Assert.False(restarted.HasExited);
    }

    public void Dispose()
    {
        foreach (var node in _nodes) node.Dispose();
        _database?.Dispose();
    }

    private async Task<NodeProcess> Start(string name)
    {
        var node = NodeProcess.Start(name, NodeProcess.FreePort(), new Dictionary<string, string>
        {
            ["Facilitation__Storage__Provider"] = _database!.Provider,
            ["Facilitation__Storage__ConnectionString"] = _database.ConnectionString,
            ["Facilitation__KeysFolder"] = Path.Combine(_database.Folder, "keys"),
            ["Facilitation__Routines__Enabled"] = "false",
            ["Facilitation__DemoMembers__Folder"] = "",
        });
        _nodes.Add(node);
        await node.Ready(members: 1, within: TimeSpan.FromSeconds(90));
        return node;
    }

    /// <summary>The answer, or nothing on a 503 (nothing applied, send again); anything else fails the test.</summary>
    private static async Task<Answer?> Send(Command command, Device manager, Device[] kiosks, bool expectReplay = false)
    {
        var response = command.Kind switch
        {
            "publish" => await manager.Client.Publish(command.CommandId, "welcome", command.Start!, command.End!),
            "claim" => await manager.Client.Act(command.Target!, "claim", command.CommandId, person: command.Person),
            "request" => await kiosks[command.Kiosk].Client.Request(command.CommandId, command.Category!, "entrance"),
            "take" => await manager.Client.ActOnTask(command.Target!, "claim", command.CommandId),
            _ => throw new InvalidOperationException(command.Kind),
        };
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable) return null;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{command.Kind} {command.CommandId}: {(int)response.StatusCode} {body}");
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true";
        if (expectReplay) Assert.True(replayed, $"{command.Kind} {command.CommandId} sent again was not answered as a replay");
        var json = JsonNode.Parse(body)!;
        var holder = command.Kind switch
        {
            "claim" => json["holder"]?.GetValue<string>(),
            "take" => json["claimedBy"]?.GetValue<string>(),
            _ => null,
        };
        return new Answer(json.Text("id"), holder, (int)response.StatusCode, replayed);
    }

    /// <summary>A node just started may still answer 503 while its entities wake up: the same command again, until answered.</summary>
    private static async Task<Answer> Retry(Func<Task<Answer?>> send)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (await send() is { } answer) return answer;
            Assert.True(DateTime.UtcNow < deadline, "a command was still refused with 503 a minute after the restart");
            await Task.Delay(TimeSpan.FromMilliseconds(200)); // back off before the same command again
        }
    }

    private static IEnumerable<(string Week, string Start, string End)> Slots()
    {
        for (var week = 10; week < 20; week++)
            for (var day = 0; day < 5; day++)
            {
                var date = ISOWeek.ToDateTime(2027, week, DayOfWeek.Monday).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                yield return ($"2027-W{week:D2}", $"{date}T09:00", $"{date}T13:00");
                yield return ($"2027-W{week:D2}", $"{date}T14:00", $"{date}T18:00");
            }
    }

    /// <summary>What an acknowledged command made: the shift's or task's id, its holder for a claim or a take.</summary>
    private sealed record Answer(string Id, string? Holder, int Status, bool Replayed)
    {
        public bool Equals(Answer? other) => other is not null && Id == other.Id && Holder == other.Holder && Status == other.Status;

        public override int GetHashCode() => HashCode.Combine(Id, Holder, Status);
    }

    private sealed record Command(string Kind, string CommandId)
    {
        public string? Week { get; init; }
        public string? Start { get; init; }
        public string? End { get; init; }
        public string? Target { get; init; }
        public string? Person { get; init; }
        public int Kiosk { get; init; }
        public string? Category { get; init; }

        public static Command Publish(string week, string start, string end) => new("publish", Calls.NewId()) { Week = week, Start = start, End = end };

        public static Command Claim(string shift, string person) => new("claim", Calls.NewId()) { Target = shift, Person = person };

        public static Command Request(int kiosk, string category) => new("request", Calls.NewId()) { Kiosk = kiosk, Category = category };

        public static Command Take(string task) => new("take", Calls.NewId()) { Target = task };
    }
}
