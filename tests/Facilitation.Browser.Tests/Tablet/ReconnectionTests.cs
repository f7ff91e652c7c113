using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>What the hub pushed while the tablet's connection was down is not lost: it reloads on reconnection.</summary>
public sealed class ReconnectionTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_shift_published_while_the_live_connection_was_down_shows_once_it_reconnects()
    {
        // The hub's WebSocket goes through the test: it can lose the server's messages, then drop.
        var deaf = false;
        IWebSocketRoute? socket = null;
        await Page.RouteWebSocketAsync("**/hubs/staff**", route =>
        {
            if (socket is null) socket = route;
            var server = route.ConnectToServer();
            server.OnMessage(frame =>
            {
                if (deaf) return;
                if (frame.Text is { } text) route.Send(text);
                else if (frame.Binary is { } bytes) route.Send(bytes);
            });
        });
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Page.OpenTab("Cette semaine");
        await Expect(Page.Locator("#open-this-list")).ToContainTextAsync("Aucun service à prendre.");

        deaf = true;
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        var week = await aurelien.CurrentWeek();
        Assert.Contains(week["shifts"]!.AsArray(), s => s!["id"]!.GetValue<string>() == shift);

        // The connection drops and the client reconnects on its own: the tablet loads the week again.
        deaf = false;
        await socket!.CloseAsync();
        await Expect(Page.OpenShift(shift)).ToBeVisibleAsync();
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        Assert.Empty(ScriptErrors);
    }
}
