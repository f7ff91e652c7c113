using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Health;

/// <summary>/healthz says the process is up; /readyz that the journal takes an event for real and the node is an Up member.</summary>
public sealed class ReadinessTests : CoManagerOnTheHost
{
    [Fact]
    public async Task A_node_whose_journal_takes_events_and_which_is_up_in_its_cluster_is_ready()
    {
        var device = App.Device();

        var first = await device.GetAsync("/readyz");
        var second = await device.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var ready = await second.Json();
        Assert.Equal("ready", ready.Text("status"));
        Assert.Equal(("writable", "up", "off"), (ready["checks"]!.Text("journal"), ready["checks"]!.Text("cluster"), ready["checks"]!.Text("scheduler")));
        Assert.Equal(HttpStatusCode.OK, (await device.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task With_routines_on_the_scheduler_must_be_running_too()
    {
        using var database = new TestDatabase();
        await using var app = new FacilitationApp(database, settings: new Dictionary<string, string?> { ["Facilitation:Routines:Enabled"] = "true" });

        var device = app.Device();

        // The web server may answer before the scheduler's hosted service has started: not ready until then.
        await Eventually.True(async () => (await device.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "the node ready");
        var ready = await (await device.GetAsync("/readyz")).Json();
        Assert.Equal(("ready", "started"), (ready.Text("status"), ready["checks"]!.Text("scheduler")));
    }
}
