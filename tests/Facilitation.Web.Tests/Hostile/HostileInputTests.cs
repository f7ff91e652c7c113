using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Hostile;

/// <summary>
/// Every route of the API, read from its own OpenAPI document (so a new route is covered the day it
/// is mapped), fed hostile input by every kind of caller: never a 5xx, the process stays up, and
/// nothing a refusal touched has changed.
/// </summary>
public sealed class HostileInputTests : CoManagerOnTheHost
{
    private HttpClient _reader = null!;

    /// <summary>What goes where a route expects an id, a week, a date, a token.</summary>
    private static readonly string[] HostileSegments =
    [
        "x", "0", "-1", "2026-W99", "9999-99-99", "..%2F..%2Fetc%2Fpasswd", "%F0%9F%92%A5", "poste-99", "salle-inconnue",
        "2026-W49-00000000", "ffffffffff", new string('a', 2_000), "'%20OR%201=1--", "<script>",
    ];

    /// <summary>What goes in a body: nothing, the wrong JSON, the wrong types, huge and reversed values.</summary>
    private static readonly string?[] HostileBodies =
    [
        null, "", "{}", "null", "[]", "42", "\"text\"", "{", "{\"commandId\":12}", "{\"commandId\":null}",
        "{\"commandId\":\"" + new string('x', 100) + "\"}",
        "{\"commandId\":\"h-1\",\"start\":\"2026-12-01T13:00\",\"end\":\"2026-12-01T09:00\",\"role\":\"welcome\"}",
        "{\"commandId\":\"h-2\",\"start\":\"-0001-01-01T00:00\",\"end\":\"9999-12-31T23:59\",\"guests\":-5,\"kind\":\"member\",\"title\":\"\",\"holder\":\"\"}",
        "{\"commandId\":\"h-3\",\"person\":\"../../root\",\"member\":\"" + new string('m', 5_000) + "\",\"desk\":{},\"name\":[1,2]}",
        "{\"commandId\":\"h-4\",\"category\":\"printer\",\"place\":\"nowhere\",\"text\":\"" + new string('é', 20_000) + "\"}",
        "{\"site\":\"casaco\",\"person\":\"lea\",\"pin\":\"0000\"}",
    ];

    [Fact]
    public async Task No_route_answers_a_5xx_to_any_caller_whatever_it_is_sent_and_refusals_change_nothing()
    {
        var callers = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = App.Device(),
            ["kiosk"] = await App.Kiosk(),
            ["facilitator"] = await App.SignedIn("lea"),
            ["co-manager"] = Manager,
            ["other site's co-manager"] = await App.SignedIn("morgane", "la-treso"),
        };
        // A device that only reads, never sent anything hostile (the co-manager above may well sign out).
        _reader = await App.SignedIn("sybille");
        var routes = await Routes();
        Assert.True(routes.Count >= 30, $"only {routes.Count} routes in the OpenAPI document");
        var before = await Snapshot();

        var failures = new List<string>();
        var random = new Random(4127);
        foreach (var (method, template) in routes)
            foreach (var (who, device) in callers)
                for (var attempt = 0; attempt < 8; attempt++)
                {
                    var path = Fill(template, random);
                    var body = method == HttpMethod.Get ? null : HostileBodies[random.Next(HostileBodies.Length)];
                    using var request = new HttpRequestMessage(method, path);
                    if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    HttpResponseMessage response;
                    try
                    {
                        response = await device.SendAsync(request);
                    }
                    catch (Exception e)
                    {
                        failures.Add($"{who} {method} {path}: {e.GetType().Name} {e.Message}");
                        continue;
                    }
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{who} {method} {path} {Shorten(body)} → {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
                }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Equal(HttpStatusCode.OK, (await App.Device().GetAsync("/healthz")).StatusCode);
        var after = await Snapshot();
        var changed = before.Split('\n').Zip(after.Split('\n')).Where(p => p.Item1 != p.Item2).Select(p => $"{Shorten(p.Item1)}\n  now {Shorten(p.Item2)}");
        Assert.True(before == after, "changed by refused input:\n" + string.Join("\n", changed));
    }

    /// <summary>Every (method, path template) of the API, from /openapi/v1.json.</summary>
    private async Task<List<(HttpMethod Method, string Template)>> Routes()
    {
        var document = JsonNode.Parse(await App.Device().GetStringAsync("/openapi/v1.json"))!;
        var routes = new List<(HttpMethod, string)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, _) in item!.AsObject())
                if (method is "get" or "post" or "put" or "delete" or "patch")
                    routes.Add((new HttpMethod(method.ToUpperInvariant()), path));
        return routes;
    }

    /// <summary>The site is Casaco (so the route is reached past the site check); every other parameter is hostile.</summary>
    private static string Fill(string template, Random random)
    {
        var path = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { path.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf('}', open);
            path.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            path.Append(name == "site" ? "casaco" : HostileSegments[random.Next(HostileSegments.Length)]);
            i = close + 1;
        }
        return path.ToString();
    }

    /// <summary>What the site's state looks like from the API: a refusal must leave all of it as it was.</summary>
    private async Task<string> Snapshot()
    {
        var parts = new List<string>();
        foreach (var read in new[]
        {
            "/api/sites/casaco/weeks/current", "/api/sites/casaco/tasks", "/api/sites/casaco/rooms", "/api/sites/casaco/desks",
            "/api/sites/casaco/members", "/api/sites/casaco/presence",
        })
        {
            var response = await _reader.GetAsync(read);
            parts.Add($"{read} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return string.Join("\n", parts);
    }

    private static string Shorten(string? text) => text is null ? "-" : text.Length <= 300 ? text : text[..300] + "…";
}
