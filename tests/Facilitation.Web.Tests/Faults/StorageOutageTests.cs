using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Cluster;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Facilitation.Web.Tests.Faults;

/// <summary>
/// The database disappears under a running node (its own process) and comes back, three ways:
/// <c>sqlite-locked</c>, the SQLite file's write lock held by another process (this test's);
/// <c>postgresql-cut</c>, the test run's PostgreSQL behind a forwarder of the test's that resets
/// every connection and refuses new ones; <c>postgresql-stopped</c>, a PostgreSQL server of the
/// test's own really stopped (<c>pg_ctl stop -m fast</c>: the server ends the open connections and
/// refuses new ones) and started again on the same port and data. Meanwhile commands are answered
/// 503 fast, with a problem naming the storage and a Retry-After; a read that needs the database
/// too; the process stays up (<c>/healthz</c> 200) and says it is not ready (<c>/readyz</c> 503,
/// journal not writable). Afterwards the node takes commands again by itself, without a restart,
/// and the state holds every acknowledged command once, and the refused ones once each after they
/// are sent again.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// How long a refusal may take: the product's drivers give up on storage within 2 s (SQLite's
    /// lock wait, PostgreSQL's connect timeout; a reset or refused connection at once), plus 3 s for
    /// this machine, shared with other builds. Without the fail-fast settings a command waits for the
    /// request's ask timeout (10 s) — SQLite's own lock wait is 30 s — and a read of an entity
    /// that cannot be read back is never answered before it either.
    /// </summary>
    private static readonly TimeSpan FastAnswer = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The outage lasts at least this long (and until the node has refused a few commands, a read,
    /// and said it is not ready): three of the journal breaker's 2 s reset periods. On PostgreSQL
    /// the breaker opens at the first failures and lets a call try the database again every 2 s,
    /// which fails and opens it again; on SQLite (reads still work, so the breaker stays closed)
    /// every write tries the locked file. Either way the node has tried the database, and failed,
    /// several times: what recovers it afterwards is a later try finding it back, not a timer that
    /// happened to run out. Ten seconds would show nothing more.
    /// </summary>
    private static readonly TimeSpan MinimumOutage = TimeSpan.FromSeconds(6);

    private readonly List<IDisposable> _owned = [];

    [Theory]
    [InlineData("sqlite-locked")]
    [InlineData("postgresql-cut")]
    [InlineData("postgresql-stopped")]
    public async Task Commands_fail_fast_with_503_during_the_outage_and_the_node_recovers_by_itself(string kind)
    {
        var outage = await Outage.For(kind, _owned);
        var provider = outage.Provider;
        var node = NodeProcess.Start("node-1", NodeProcess.FreePort(), new Dictionary<string, string>
        {
            ["Facilitation__Storage__Provider"] = provider,
            ["Facilitation__Storage__ConnectionString"] = outage.ConnectionString,
            ["Facilitation__KeysFolder"] = Path.Combine(outage.Folder, "keys"),
            ["Facilitation__Routines__Enabled"] = "false",
            ["Facilitation__DemoMembers__Folder"] = "",
        });
        _owned.Add(node);
        await node.Ready(members: 1, within: TimeSpan.FromSeconds(90));
        var session = new Session(node.Address);
        _owned.Add(session);
        var manager = (await session.SignedIn("aurelien")).Client;
        using var probe = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };

        var slots = Slots().GetEnumerator();
        Slot Next() => slots.MoveNext() ? slots.Current : throw new InvalidOperationException("no more slots");
        var acknowledged = new Dictionary<string, (Slot Slot, string Shift)>();
        var refused = new List<(string CommandId, Slot Slot)>();

        // Before: acknowledged, and the week being read is in memory.
        for (var i = 0; i < 3; i++)
        {
            var (slot, id) = (Next(), Calls.NewId());
            var response = await manager.Publish(id, "welcome", slot.Start, slot.End);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            acknowledged[id] = (slot, (await response.Json()).Text("id"));
        }

        // The database disappears.
        await outage.Begin();
        var began = Stopwatch.StartNew();

        // Several devices at once, on different weeks: their writes queue up in the journal (one
        // writer on SQLite), yet each is refused within the bound, not one lock wait after another.
        var burst = Enumerable.Range(0, 4).Select(_ => (Id: Calls.NewId(), Slot: Next())).ToList();
        var burstTook = await Task.WhenAll(burst.Select(async command =>
        {
            var timer = Stopwatch.StartNew();
            var answer = await manager.Publish(command.Id, "welcome", command.Slot.Start, command.Slot.End);
            var took = timer.Elapsed;
            await Refused(answer, took, $"publication {command.Id} sent with others");
            return took;
        }));
        output.WriteLine($"{kind}: 4 commands at once refused, the slowest in {burstTook.Max().TotalMilliseconds:0} ms.");
        refused.AddRange(burst);
        var notReady = false;
        var readRefused = false;
        var fastest = TimeSpan.MaxValue;
        var slowest = TimeSpan.Zero;
        var attempts = 0;
        while (attempts < 3 || !notReady || (!readRefused && provider == "postgresql") || began.Elapsed < MinimumOutage)
        {
            Assert.True(began.Elapsed < TimeSpan.FromSeconds(60), $"the outage checks did not finish: {attempts} refusals, not ready seen: {notReady}, read refused: {readRefused}\n{node.Output()}");

            // A command: 503 at once, naming the storage, with a Retry-After; nothing acknowledged.
            // A few new ones, then the client sends the refused ones again, with their ids.
            attempts++;
            var (id, slot) = refused.Count < 6 ? (Calls.NewId(), Next()) : refused[attempts % refused.Count];
            var timer = Stopwatch.StartNew();
            var answer = await manager.Publish(id, "welcome", slot.Start, slot.End);
            var took = timer.Elapsed;
            await Refused(answer, took, $"publication {id}");
            fastest = took < fastest ? took : fastest;
            slowest = took > slowest ? took : slowest;
            if (refused.Count < 6) refused.Add((id, slot));

            // A read of a week not read since the start needs the database: 503 too, as fast. On
            // SQLite, readers are not blocked by another's write lock: there it may be answered.
            timer.Restart();
            var read = await manager.GetAsync($"/api/sites/casaco/weeks/2027-W{40 + attempts % 12:D2}");
            if (read.StatusCode == HttpStatusCode.OK && provider == "sqlite")
            {
                Assert.True(timer.Elapsed <= FastAnswer, $"read answered in {timer.Elapsed.TotalSeconds:0.0} s");
            }
            else
            {
                await Refused(read, timer.Elapsed, "read of a week not in memory");
                readRefused = true;
            }

            // The process is up, and says it is not ready, because of the journal.
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/healthz")).StatusCode);
            if (!notReady)
            {
                var ready = await probe.GetAsync("/readyz");
                var checks = (await ready.Json())["checks"]!;
                Assert.NotEqual("writable", checks.Text("journal"));
                notReady = ready.StatusCode == HttpStatusCode.ServiceUnavailable && checks.Text("journal") == "not writable";
            }
            Assert.False(node.HasExited, node.Output());
        }
        output.WriteLine($"{kind}: outage held {began.Elapsed.TotalSeconds:0.0} s; {attempts} commands refused ({refused.Count} different ones), the fastest in {fastest.TotalMilliseconds:0} ms, the slowest in {slowest.TotalMilliseconds:0} ms.");
        // The database is back: the same node takes commands again by itself.
        await outage.End();
        var back = Stopwatch.StartNew();
        var after = Next();
        var afterId = Calls.NewId();
        string? afterShift = null;
        while (afterShift is null)
        {
            Assert.True(back.Elapsed < TimeSpan.FromSeconds(30), $"the node did not take a command within 30 s of the database coming back\n{node.Output()}");
            var response = await manager.Publish(afterId, "welcome", after.Start, after.End);
            if (response.StatusCode == HttpStatusCode.Created) afterShift = (await response.Json()).Text("id");
            else
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                await Task.Delay(TimeSpan.FromMilliseconds(200)); // back off before the same command again
            }
        }
        acknowledged[afterId] = (after, afterShift);
        output.WriteLine($"first command acknowledged {back.Elapsed.TotalSeconds:0.0} s after the database came back.");
        await Eventually.True(async () => (await probe.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "ready again");

        // The refused ones, sent again with their ids: each applied once (some may have reached the
        // database after all: they are answered as replays of their first answer).
        foreach (var (id, slot) in refused)
        {
            var response = await manager.Publish(id, "welcome", slot.Start, slot.End);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            acknowledged[id] = (slot, (await response.Json()).Text("id"));
        }
        // The ones acknowledged before the outage are still the first answer.
        foreach (var (id, (slot, shift)) in acknowledged.Take(3))
        {
            var again = await manager.Publish(id, "welcome", slot.Start, slot.End);
            Assert.Equal(shift, (await again.Json()).Text("id"));
            Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        }

        // The state: every acknowledged shift once, whole, and nothing else.
        var inState = new List<JsonObject>();
        foreach (var week in acknowledged.Values.Select(a => a.Slot.Week).Distinct())
            inState.AddRange((await manager.Week(week))["shifts"]!.AsArray().Select(s => s!.AsObject()));
        Assert.Equal(acknowledged.Values.Select(a => a.Shift).Order(), inState.Select(s => s.Text("id")).Order());
        foreach (var (slot, shift) in acknowledged.Values)
        {
            var found = inState.Single(s => s.Text("id") == shift);
            Assert.Equal((slot.Start, slot.End), (found.Text("start")[..16], found.Text("end")[..16]));
        }
        Assert.False(node.HasExited);
    }

    public void Dispose()
    {
        // The node's last lines, to read beside a failure.
        foreach (var node in _owned.OfType<NodeProcess>()) output.WriteLine(node.Output());
        foreach (var owned in Enumerable.Reverse(_owned)) owned.Dispose();
    }

    private static async Task Refused(HttpResponseMessage response, TimeSpan took, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{what}: {(int)response.StatusCode} {body}");
        Assert.True(took <= FastAnswer, $"{what}: answered in {took.TotalSeconds:0.0} s, more than {FastAnswer.TotalSeconds} s");
        var problem = JsonNode.Parse(body)!;
        Assert.Equal("service.unavailable", problem.Text("code"));
        Assert.Equal("storage", problem.Text("reason"));
        Assert.True(response.Headers.RetryAfter?.Delta is { } retry && retry > TimeSpan.Zero, $"{what}: no Retry-After");
    }

    private static IEnumerable<Slot> Slots()
    {
        for (var week = 10; week < 40; week++)
            for (var day = 0; day < 5; day++)
            {
                var date = ISOWeek.ToDateTime(2027, week, DayOfWeek.Monday).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                yield return new Slot($"2027-W{week:D2}", $"{date}T09:00", $"{date}T13:00");
                yield return new Slot($"2027-W{week:D2}", $"{date}T14:00", $"{date}T18:00");
            }
    }

    private sealed record Slot(string Week, string Start, string End);

    /// <summary>How the database disappears for the node, and the database the node uses.</summary>
    private abstract class Outage(string provider, string connectionString, string folder)
    {
        /// <summary>"sqlite" or "postgresql".</summary>
        public string Provider => provider;

        /// <summary>What the node connects with.</summary>
        public string ConnectionString => connectionString;

        /// <summary>A folder of the test's own beside the database (the node's keys).</summary>
        public string Folder => folder;

        /// <summary>The database, and the way it disappears; what the test must dispose of goes to <paramref name="owned"/>, the database first.</summary>
        public static async Task<Outage> For(string kind, List<IDisposable> owned)
        {
            switch (kind)
            {
                case "sqlite-locked":
                {
                    var database = new TestDatabase("sqlite");
                    owned.Add(database);
                    return new SqliteLock(database);
                }
                case "postgresql-cut":
                {
                    var database = new TestDatabase("postgresql");
                    owned.Add(database);
                    var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
                    var forwarder = new TcpForwarder(server.Host!, server.Port);
                    owned.Add(forwarder);
                    return new Cut(database, forwarder);
                }
                case "postgresql-stopped":
                {
                    var server = await PrivatePostgreSqlServer.Create();
                    owned.Add(server);
                    return new Stop(server);
                }
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite-locked, postgresql-cut or postgresql-stopped");
            }
        }

        public abstract Task Begin();

        public abstract Task End();
    }

    /// <summary>Another process (this test's) holds SQLite's write lock: every write of the node waits, then fails.</summary>
    private sealed class SqliteLock(TestDatabase database) : Outage(database.Provider, database.ConnectionString, database.Folder)
    {
        private SqliteConnection? _holder;

        public override Task Begin()
        {
            _holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.File, Pooling = false, DefaultTimeout = 30 }.ToString());
            _holder.Open();
            using var begin = _holder.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE;";
            begin.ExecuteNonQuery();
            return Task.CompletedTask;
        }

        public override Task End()
        {
            using var rollback = _holder!.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
            _holder.Dispose();
            _holder = null;
            return Task.CompletedTask;
        }
    }

    /// <summary>PostgreSQL is gone for the node: its connections reset, new ones refused.</summary>
    private sealed class Cut(TestDatabase database, TcpForwarder forwarder)
        : Outage(database.Provider, new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = forwarder.Port }.ToString(), database.Folder)
    {
        public override Task Begin()
        {
            forwarder.Cut();
            return Task.CompletedTask;
        }

        public override Task End()
        {
            forwarder.Restore();
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// The node's PostgreSQL server stops, as an operator stops it, and is started again: while it
    /// is stopped a connection of the test's own is refused too, so the outage is the real one.
    /// </summary>
    private sealed class Stop(PrivatePostgreSqlServer server) : Outage("postgresql", server.ConnectionString, server.Folder)
    {
        public override async Task Begin()
        {
            server.Stop();
            Assert.False(await server.Accepts(), "the private PostgreSQL server still takes connections after pg_ctl stop");
        }

        public override async Task End()
        {
            Assert.False(await server.Accepts(), "the private PostgreSQL server took connections again before the test started it");
            await server.Start();
        }
    }
}
