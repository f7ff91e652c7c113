using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Cluster;

/// <summary>
/// Two nodes, and one dies: half against half, a tie that the majority rule could only break by
/// address — the survivor downed itself unless it had the lowest address, and the service was down.
/// With the database's lease the survivor takes the lease and stays, whichever node died: here the
/// one with the lowest address, the one the address rule would have kept.
/// </summary>
public sealed class TwoNodesTieTests : IDisposable
{
    private readonly TestDatabase _database = new("postgresql");
    private readonly List<NodeProcess> _nodes = [];

    [Fact]
    public async Task When_one_of_two_nodes_dies_the_survivor_keeps_the_service_even_without_the_lowest_address()
    {
        var ports = new[] { NodeProcess.FreePort(), NodeProcess.FreePort() }.Order().ToArray();
        var settings = NodeProcess.OnPostgreSql(_database.ConnectionString, ports[0], routines: false);
        foreach (var (port, i) in ports.Select((p, i) => (p, i)))
        {
            _nodes.Add(NodeProcess.Start($"node-{i + 1}", port, settings));
            await _nodes[^1].Ready(members: i + 1, within: TimeSpan.FromSeconds(60));
        }
        var (lowest, survivor) = (_nodes[0], _nodes[1]);
        var cookies = new CookieContainer();
        using var device = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = survivor.Address, Timeout = TimeSpan.FromSeconds(15) };
        Assert.Equal(HttpStatusCode.OK, (await device.PostAsJsonAsync("/api/session", new { site = "casaco", person = "aurelien", pin = DemoStaff.Pins["aurelien"] })).StatusCode);

        lowest.Kill();

        // The survivor downs the dead node, alone but holding the lease, and goes on.
        await survivor.Ready(members: 1, within: TimeSpan.FromSeconds(30));
        var commandId = Calls.NewId();
        HttpResponseMessage? published = null;
        await Eventually.True(async () =>
        {
            Assert.False(survivor.HasExited, $"the survivor downed itself\n{survivor.Output()}");
            try
            {
                published = await device.PostAsJsonAsync("/api/sites/casaco/shifts", new { commandId, role = "welcome", start = "2027-03-01T09:00", end = "2027-03-01T13:00" });
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
            return published.StatusCode != HttpStatusCode.ServiceUnavailable;
        }, "a command taken by the survivor", TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Created, published!.StatusCode);
        var week = await device.GetAsync("/api/sites/casaco/weeks/2027-W09");
        Assert.Single((await week.Json())["shifts"]!.AsArray());
        Assert.False(survivor.HasExited);
    }

    public void Dispose()
    {
        foreach (var node in _nodes) node.Dispose();
        _database.Dispose();
    }
}
