using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Facilitation.Web.Tests.Cluster;

/// <summary>
/// The proxy of ops/compose.yaml — Debian's nginx with compose's own ops/lb/facilitation.conf —
/// in front of three nodes of the product, each its own process, in one cluster on one PostgreSQL
/// database. A co-manager's page is signed in and connected to the live feed through the proxy;
/// the node holding its WebSocket is killed with SIGKILL. The page must be back, through the same
/// proxy address, on a surviving node within seconds, the API must keep answering through the
/// proxy, and what is published afterwards must reach the page.
/// </summary>
/// <remarks>
/// Three nodes, as compose runs them. The page is put on the node to kill: the proxy sends a new
/// WebSocket to the node holding the fewest, and the test opens others first (each node's own
/// <c>signalr_server_active_connections</c> says where they are).
/// </remarks>
public sealed partial class LoadBalancerTests(ITestOutputHelper output) : IDisposable
{
    // The pages' automatic reconnection (live.js): at once, then after 1, 2, 5, 10 s, then every 15 s.
    private static readonly TimeSpan[] PageRetryDelays = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    private readonly TestDatabase _database = new("postgresql");
    private readonly List<NodeProcess> _nodes = [];
    private NginxProcess? _proxy;

    [Theory]
    [InlineData("node-1")] // the seed and oldest node: home of the shard coordinators
    [InlineData("node-3")]
    public async Task A_page_whose_node_is_killed_reconnects_through_the_proxy_to_a_survivor_within_seconds_and_keeps_receiving_events(string killed)
    {
        Assert.True(File.Exists(NginxProcess.Executable),
            $"{NginxProcess.Executable} is missing: install Debian's nginx with `bash ops/ci/install-nginx.sh` (ops/test does).");
        var seedPort = NodeProcess.FreePort();
        var settings = NodeProcess.OnPostgreSql(_database.ConnectionString, seedPort);
        foreach (var (name, port) in new[] { ("node-1", seedPort), ("node-2", NodeProcess.FreePort()), ("node-3", NodeProcess.FreePort()) })
        {
            var node = NodeProcess.Start(name, port, settings);
            _nodes.Add(node);
            await node.Ready(members: _nodes.Count, within: TimeSpan.FromSeconds(60));
        }
        var composeFile = NginxProcess.ComposeFile;
        _proxy = NginxProcess.Start(port => NginxProcess.Render(composeFile, _nodes.Select(n => n.HttpPort).ToList(), port));
        await _proxy.Ready(within: TimeSpan.FromSeconds(15));

        // The page's device: every request through the proxy, wherever it lands.
        var cookies = new CookieContainer();
        using var device = new HttpClient(new HttpClientHandler { CookieContainer = cookies })
            { BaseAddress = _proxy.Address, Timeout = TimeSpan.FromSeconds(15) };
        var signIn = await device.PostAsJsonAsync("/api/session", new { site = "casaco", person = "aurelien", pin = DemoStaff.Pins["aurelien"] });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        // The live feed as the pages open it (live.js): one WebSocket, no negotiation request,
        // pings every 5 s, a silent server given up after 12 s, automatic reconnection.
        var pushed = new ConcurrentDictionary<string, bool>();
        var reconnected = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sinceTheKill = new Stopwatch();
        var dropped = 0;
        var retries = new PageRetries();
        await using var feed = new HubConnectionBuilder()
            .WithUrl(new Uri(_proxy.Address, "/hubs/staff"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Cookies = cookies;
            })
            .WithAutomaticReconnect(retries)
            .WithServerTimeout(TimeSpan.FromSeconds(12))
            .WithKeepAliveInterval(TimeSpan.FromSeconds(5))
            .Build();
        feed.On<JsonElement>("staffEvent", message =>
        {
            if (message.GetProperty("type").GetString() == "shift-changed")
                pushed[message.GetProperty("shift").GetProperty("id").GetString()!] = true;
        });
        feed.Reconnecting += _ =>
        {
            Interlocked.Increment(ref dropped);
            return Task.CompletedTask;
        };
        feed.Reconnected += _ =>
        {
            reconnected.TrySetResult(sinceTheKill.Elapsed);
            return Task.CompletedTask;
        };
        // The page must land on the node the test kills. The proxy sends each new WebSocket to the
        // node holding the fewest: other WebSockets (ballast) are opened through it until every
        // other node holds one and the doomed node none (one that lands there is closed again),
        // then the page's own goes to the doomed node, the only one with the fewest.
        var doomed = _nodes.Single(n => n.Name == killed);
        var ballast = new List<HubConnection>();
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var counts = await Connections(_nodes, ballast.Count);
                if (counts[doomed] == 0 && _nodes.Where(n => n != doomed).All(n => counts[n] >= 1)) break;
                Assert.True(attempt < 12, $"could not make {killed} the node with the fewest WebSockets ({string.Join(", ", counts.Select(c => $"{c.Key.Name}: {c.Value}"))})\n{Logs()}");
                var extra = new HubConnectionBuilder()
                    .WithUrl(new Uri(_proxy.Address, "/hubs/staff"), options =>
                    {
                        options.Transports = HttpTransportType.WebSockets;
                        options.SkipNegotiation = true;
                        options.Cookies = cookies;
                    })
                    .Build();
                await extra.StartAsync();
                var after = await Connections(_nodes, ballast.Count + 1);
                if (after[doomed] > counts[doomed])
                {
                    await extra.DisposeAsync();
                }
                else
                {
                    ballast.Add(extra);
                }
            }
            var before = await Connections(_nodes, ballast.Count);
            await feed.StartAsync();
            var landed = await Connections(_nodes, ballast.Count + 1);
            Assert.True(landed[doomed] == before[doomed] + 1, $"the page's WebSocket did not reach {killed}");
            var survivors = _nodes.Where(n => n != doomed).ToList();
            output.WriteLine($"the page's WebSocket reached {doomed.Name} (HTTP {doomed.HttpPort}) through the proxy; killing it");
            sinceTheKill.Start();
            doomed.Kill();

            // The API keeps answering through the proxy from the first request after the kill: a
            // request that meets the dead node goes on to another (the session's keys are in the
            // database, every node reads the cookie).
            var gets = 0;
            while (!reconnected.Task.IsCompleted || gets < 20)
            {
                Assert.True(sinceTheKill.Elapsed < TimeSpan.FromSeconds(30),
                    $"the page's feed did not reconnect through the proxy within 30 s of the kill\n{Logs()}");
                var path = gets % 2 == 0 ? "/api/session" : "/api/sites";
                var answer = await device.GetAsync(path);
                Assert.True(answer.StatusCode == HttpStatusCode.OK,
                    $"GET {path} through the proxy, {sinceTheKill.Elapsed.TotalMilliseconds:F0} ms after the kill: {(int)answer.StatusCode}\n{Logs()}");
                gets++;
                await Task.Delay(TimeSpan.FromMilliseconds(50)); // a page's pace, not a flood
            }
            var reconnection = await reconnected.Task;
            output.WriteLine($"the feed reconnected through the proxy {reconnection.TotalMilliseconds:F0} ms after the SIGKILL; {gets} GETs through the proxy meanwhile and after, all 200");
            Assert.Equal(1, dropped);
            // The first attempt, made at once, went through: the proxy handed the new WebSocket to a
            // live node even when it picked the dead one first (a second attempt waits 1 s).
            Assert.Equal(1, retries.Attempts);
            Assert.True(reconnection < TimeSpan.FromSeconds(5), $"the feed took {reconnection.TotalMilliseconds:F0} ms to reconnect through the proxy");
            Assert.Equal(HubConnectionState.Connected, feed.State);
            var now = await Connections(survivors, ballast.Count + 1);
            var holder = survivors.Single(n => now[n] > before[n]);
            output.WriteLine($"it is now on {holder.Name}");

            // The proxy logged the closed WebSocket against the dead node, and no request answered 502.
            var log = _proxy.AccessLog();
            Assert.Contains(log, line => line.Contains("GET /hubs/staff", StringComparison.Ordinal) && line.Contains($"upstream=127.0.0.1:{doomed.HttpPort}", StringComparison.Ordinal));
            Assert.DoesNotContain(log, line => Status(line) is 502 or 504);
            var failedOver = log.Where(line => line.Contains($"upstream=127.0.0.1:{doomed.HttpPort}, ", StringComparison.Ordinal)).ToList();
            output.WriteLine($"{failedOver.Count} requests met the dead node and went on to another:\n{string.Join('\n', failedOver.Take(5))}");

            // A command after the reconnection, sent again with its id while its entity moves (503),
            // is pushed to the page on its new node.
            var commandId = Calls.NewId();
            string? shift = null;
            var tries = 0;
            while (shift is null)
            {
                Assert.True(sinceTheKill.Elapsed < TimeSpan.FromSeconds(90), $"command {commandId} not acknowledged through the proxy after {tries} tries\n{Logs()}");
                tries++;
                var response = await device.Publish(commandId, "welcome", "2027-06-07T09:00", "2027-06-07T13:00");
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200)); // a device's back-off before it sends the same command again
                    continue;
                }
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"command {commandId} through the proxy: {(int)response.StatusCode} {body}");
                shift = (await response.Json()).Text("id");
            }
            output.WriteLine($"a shift published through the proxy {sinceTheKill.Elapsed.TotalMilliseconds:F0} ms after the kill ({tries} tries)");
            await Eventually.True(() => Task.FromResult(pushed.ContainsKey(shift)), $"shift {shift} pushed to the page reconnected on {holder.Name}");
        }
        finally
        {
            foreach (var extra in ballast) await extra.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _proxy?.Dispose();
        foreach (var node in _nodes) node.Dispose();
        _database.Dispose();
    }

    /// <summary>The WebSockets each node holds, by its own metrics, once they add up to <paramref name="total"/>.</summary>
    private static async Task<Dictionary<NodeProcess, double>> Connections(IReadOnlyList<NodeProcess> nodes, int total)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var connections = new Dictionary<NodeProcess, double>();
        await Eventually.True(async () =>
        {
            foreach (var node in nodes)
                connections[node] = ActiveConnections(await client.GetStringAsync(new Uri(node.Address, "/metrics")));
            return connections.Values.Sum() == total;
        }, $"the nodes holding {total} WebSocket(s) between them ({string.Join(", ", connections.Select(c => $"{c.Key.Name}: {c.Value}"))})", TimeSpan.FromSeconds(10));
        return connections;
    }

    private static double ActiveConnections(string metrics) =>
        ActiveConnectionsLine().Matches(metrics).Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    private static int? Status(string accessLogLine) =>
        AccessLogStatus().Match(accessLogLine) is { Success: true } m ? int.Parse(m.Groups["status"].Value, CultureInfo.InvariantCulture) : null;

    private string Logs() => $"{_proxy?.Output()}\n{string.Join("\n", _nodes.Select(n => n.Output()))}";

    [GeneratedRegex(@"^signalr_server_active_connections(\{[^}]*\})? (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex ActiveConnectionsLine();

    [GeneratedRegex(@"HTTP/[0-9.]+"" (?<status>[0-9]{3}) ")]
    private static partial Regex AccessLogStatus();

    private sealed class PageRetries : IRetryPolicy
    {
        private int _attempts;

        /// <summary>How many reconnection attempts the client has made.</summary>
        public int Attempts => Volatile.Read(ref _attempts);

        public TimeSpan? NextRetryDelay(RetryContext retryContext)
        {
            Interlocked.Increment(ref _attempts);
            return retryContext.PreviousRetryCount < PageRetryDelays.Length ? PageRetryDelays[retryContext.PreviousRetryCount] : TimeSpan.FromSeconds(15);
        }
    }
}
