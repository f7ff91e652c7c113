using System.Collections.Concurrent;
using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>
/// The pages open their live feed as one WebSocket, without a negotiation request: behind the
/// proxy (ops/lb), which spreads requests over the nodes, a negotiated WebSocket reaches another
/// node than its negotiation and is refused (404); a lone WebSocket can go to any node.
/// </summary>
public sealed class LiveFeedTransportTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_dashboard_connects_its_feed_with_one_WebSocket_and_no_negotiation()
    {
        var hubRequests = new ConcurrentQueue<string>();
        var sockets = new ConcurrentQueue<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/hubs/", StringComparison.Ordinal)) hubRequests.Enqueue($"{request.Method} {request.Url}");
        };
        Page.WebSocket += (_, socket) => sockets.Enqueue(socket.Url);

        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");

        Assert.DoesNotContain(hubRequests, r => r.Contains("/negotiate", StringComparison.Ordinal));
        var socketUrl = new Uri(Assert.Single(sockets));
        Assert.Equal("/hubs/staff", socketUrl.AbsolutePath);
        Assert.DoesNotContain("id=", socketUrl.Query, StringComparison.Ordinal);
        Assert.Empty(ScriptErrors);
    }
}
