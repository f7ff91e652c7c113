using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> serves the application's meter in the Prometheus text format to anyone, with
/// series named as the exporter names them (counters end in <c>_total</c>, a histogram's unit is in
/// its name), tagged by entity, outcome, rule and event name — never by site, person or shift.
/// </summary>
public sealed class MetricsEndpointTests : CoManagerOnTheHost
{
    private const string Commands = "facilitation_commands_total";
    private const string Rejections = "facilitation_rejections_total";
    private const string PushCount = "facilitation_push_latency_milliseconds_count";

    [Fact]
    public async Task Commands_over_http_are_counted_by_entity_and_outcome_and_a_refusal_under_its_rule_for_anyone_to_scrape()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");
        Assert.Equal(HttpStatusCode.OK, (await lea.Act(shift, "claim", Calls.NewId())).StatusCode);
        var samir = await App.SignedIn("samir");
        Assert.Equal(HttpStatusCode.Conflict, (await samir.Act(shift, "claim", Calls.NewId())).StatusCode);

        var response = await App.Device().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        var metrics = new PrometheusText(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, metrics.Sum(Commands, ("entity", "shift"), ("outcome", "accepted")));
        Assert.Equal(1, metrics.Sum(Commands, ("entity", "shift"), ("outcome", "rejected")));
        Assert.Equal(1, metrics.Sum(Rejections, ("entity", "shift"), ("rule", "shift.held")));
        // The publish, and the reservation of Léa's hours the claim asked of the week ledger.
        Assert.Equal(2, metrics.Sum(Commands, ("entity", "week-ledger"), ("outcome", "accepted")));
        Assert.Equal(1, metrics.Sum("target_info", ("service_name", "facilitation"), ("host_name", Environment.MachineName)));
        var personal = metrics.Samples()
            .SelectMany(s => s.Labels.Select(l => $"{s.Name} {l.Key}={l.Value}"))
            .Where(l => l.Contains("casaco", StringComparison.Ordinal) || l.Contains(shift, StringComparison.Ordinal) || l.EndsWith("=lea", StringComparison.Ordinal) || l.EndsWith("=samir", StringComparison.Ordinal))
            .ToList();
        Assert.True(personal.Count == 0, "ids in the metrics' labels:\n" + string.Join("\n", personal));
    }

    [Fact]
    public async Task A_push_to_a_connected_client_records_its_latency_under_the_event_name()
    {
        await using var feed = await StaffFeed.Open(App, "samir");
        Assert.Equal(0, (await Scrape()).Sum(PushCount, ("event", "shift-changed")));

        await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        await feed.Next("shift-changed");

        // Recorded once SendAsync completes, which may be just after the client has the message.
        await Eventually.True(async () => (await Scrape()).Sum(PushCount, ("event", "shift-changed")) >= 1, "a shift-changed push latency is recorded");
        var metrics = await Scrape();
        Assert.True(metrics.Sum("facilitation_push_latency_milliseconds_sum", ("event", "shift-changed")) > 0);
        Assert.Equal(
            metrics.Sum(PushCount, ("event", "shift-changed")),
            metrics.Sum("facilitation_push_latency_milliseconds_bucket", ("event", "shift-changed"), ("le", "+Inf")));
    }

    private async Task<PrometheusText> Scrape()
    {
        var response = await App.Device().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }
}
