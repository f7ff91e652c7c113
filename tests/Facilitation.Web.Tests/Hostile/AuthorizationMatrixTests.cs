using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Hostile;

/// <summary>
/// Every route of the OpenAPI document, called by callers who may not use it: nobody signed in
/// (401), a co-manager of another site (403 on everything of Casaco) and the front-desk kiosk
/// (403 on everything but raising requests, checking people in and out, and what those screens read).
/// </summary>
public sealed class AuthorizationMatrixTests : CoManagerOnTheHost
{
    /// <summary>
    /// Open to anyone: the sites' public summary, signing in and out (signing out with no session
    /// does nothing), the kiosk's places, the calendar feed (its private link is the key), health and readiness,
    /// and the metrics (no id in any label). The exporter maps /metrics itself, outside the OpenAPI document,
    /// so the loops below do not reach it: Telemetry/MetricsEndpointTests scrapes it anonymously.
    /// </summary>
    private static readonly HashSet<string> Public =
    [
        "GET /api/sites", "GET /api/sites/{site}", "POST /api/session", "DELETE /api/session", "GET /accueil/places/{site}", "GET /calendar/{token}", "GET /healthz", "GET /readyz",
        "GET /metrics",
    ];

    /// <summary>What the kiosk may call besides the public routes (DESIGN.md: it raises requests and checks people in).</summary>
    private static readonly HashSet<string> Kiosk =
    [
        "GET /api/session", "POST /api/session/kiosk",
        "POST /api/sites/{site}/requests",
        "POST /api/sites/{site}/checkins", "POST /api/sites/{site}/checkouts",
        "POST /api/sites/{site}/visitors", "POST /api/sites/{site}/visitors/{visitor}/checkout",
        "GET /api/sites/{site}/members", "GET /api/sites/{site}/members/{member}", "GET /api/sites/{site}/desks", "GET /api/sites/{site}/presence",
    ];

    [Fact]
    public async Task Nobody_signed_in_gets_a_401_from_every_route_that_is_not_public()
    {
        var anonymous = App.Device();

        var wrong = new List<string>();
        foreach (var route in await Routes())
        {
            if (Public.Contains(route.Key)) continue;
            var status = await Call(anonymous, route);
            if (status != HttpStatusCode.Unauthorized) wrong.Add($"{route.Key} → {(int)status}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_co_manager_of_another_site_gets_a_403_from_every_route_of_casaco()
    {
        var morgane = await App.SignedIn("morgane", "la-treso");

        var wrong = new List<string>();
        foreach (var route in await Routes())
        {
            if (Public.Contains(route.Key) || !route.Template.Contains("{site}", StringComparison.Ordinal)) continue;
            var status = await Call(morgane, route);
            if (status != HttpStatusCode.Forbidden) wrong.Add($"{route.Key} → {(int)status}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_kiosk_gets_a_403_from_every_route_but_requests_check_ins_and_what_its_screens_read()
    {
        var kiosk = await App.Kiosk();

        var wrong = new List<string>();
        foreach (var route in await Routes())
        {
            if (Public.Contains(route.Key) || Kiosk.Contains(route.Key)) continue;
            var status = await Call(kiosk, route);
            if (status != HttpStatusCode.Forbidden) wrong.Add($"{route.Key} → {(int)status}");
        }
        // And what it may call, it can reach: no 401 or 403 there.
        foreach (var route in (await Routes()).Where(r => Kiosk.Contains(r.Key) && r.Key is not "POST /api/session/kiosk"))
        {
            var status = await Call(kiosk, route);
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) wrong.Add($"{route.Key} refused to the kiosk → {(int)status}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private sealed record Route(HttpMethod Method, string Template)
    {
        public string Key => $"{Method} {Template}";
    }

    private async Task<List<Route>> Routes()
    {
        var document = JsonNode.Parse(await App.Device().GetStringAsync("/openapi/v1.json"))!;
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => new Route(new HttpMethod(op.Key.ToUpperInvariant()), path.Key)))
            .Where(r => r.Method != HttpMethod.Head && r.Method != HttpMethod.Options)
            .ToList();
    }

    /// <summary>The route on Casaco with plausible ids and an empty JSON object: what a refusal must stop before anything else.</summary>
    private static async Task<HttpStatusCode> Call(HttpClient device, Route route)
    {
        var path = route.Template
            .Replace("{site}", "casaco", StringComparison.Ordinal)
            .Replace("{week}", "2026-W49", StringComparison.Ordinal)
            .Replace("{month}", "2026-11", StringComparison.Ordinal)
            .Replace("{token}", "x.ics", StringComparison.Ordinal);
        while (path.IndexOf('{') is var open and >= 0)
            path = path[..open] + "x" + path[(path.IndexOf('}', open) + 1)..];
        using var request = new HttpRequestMessage(route.Method, path);
        if (route.Method != HttpMethod.Get && route.Method != HttpMethod.Delete)
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return (await device.SendAsync(request)).StatusCode;
    }
}
