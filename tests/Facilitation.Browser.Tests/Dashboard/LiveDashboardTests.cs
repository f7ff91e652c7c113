using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>The dashboard follows the week as it changes, pushed by the hub, without a reload.</summary>
public sealed class LiveDashboardTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_shift_published_then_claimed_elsewhere_shows_up_open_then_held_and_the_hours_change_without_reload()
    {
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Expect(Page.Locator("#hours-legend .published dd")).ToHaveTextAsync("0 h");
        await Expect(Page.Locator("#open-list")).ToContainTextAsync("Aucun créneau ouvert cette semaine.");
        // A mark on this document: a reload or a navigation would lose it.
        await Page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        var navigations = 0;
        Page.FrameNavigated += (_, frame) => { if (frame == Page.MainFrame) navigations++; };

        // Aurélien, co-manager, publishes a shift on his own device: today 11:00–13:00, in an hour.
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-02T11:00", "2026-12-02T13:00");

        var open = Page.Locator($"#open-list [data-shift-id='{shift}']");
        await Expect(open).ToBeVisibleAsync();
        await Expect(open).ToContainTextAsync("Accueil");
        await Expect(open).ToContainTextAsync("11 h – 13 h");
        await Expect(Page.Locator("#hours-legend .published dd")).ToHaveTextAsync("2 h");
        var afterPublish = (await aurelien.CurrentWeek())["leftText"]!.GetValue<string>();
        await Expect(Page.Locator("#hours-left-text")).ToHaveTextAsync(afterPublish, new() { IgnoreCase = true });

        // Léa claims it from another device.
        using var lea = await Server.SignedIn("lea");
        await lea.Claim(shift);

        var next = Page.Locator($"#next-list [data-shift-id='{shift}']");
        await Expect(next).ToBeVisibleAsync();
        await Expect(next).ToContainTextAsync("Léa");
        await Expect(next).ToContainTextAsync("dans 1 heure");
        await Expect(open).ToHaveCountAsync(0);
        await Expect(Page.Locator("#hours-legend .claimed dd")).ToHaveTextAsync("2 h");

        Assert.True(await Page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the page was reloaded");
        Assert.Equal(0, navigations);
        Assert.Empty(ScriptErrors);
    }
}
