using System.Net;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>A shared tablet never keeps someone signed in: after two idle minutes, or on "Terminer".</summary>
public sealed class SignOutOnTheTabletTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task After_two_minutes_without_a_touch_the_tablet_counts_down_then_signs_out_and_forgets_the_person()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        await aurelien.Claim(shift, "lea");
        // The browser's clock is driven by the test from here on: no waiting two minutes for real.
        await Context.Clock.InstallAsync(new() { TimeDate = WednesdayMorning.UtcDateTime });
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Expect(Page.Locator($"#mine-list [data-shift-id='{shift}']")).ToBeVisibleAsync();
        var cookie = (await Context.CookiesAsync()).Single(c => c.Name == "facilitation.session");

        // 1 min 30 s: nothing yet. 1 min 45 s: the countdown shows, with "Rester connecté·e".
        await Page.Clock.FastForwardAsync("01:30");
        await Expect(Page.Locator("#idle-warning")).ToBeHiddenAsync();
        await Page.Clock.FastForwardAsync("00:15");
        await Expect(Page.Locator("#idle-warning")).ToBeVisibleAsync();
        await Expect(Page.Locator("#idle-text")).ToHaveTextAsync("Sans geste de votre part, déconnexion dans 15 s");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath("tablet-idle-countdown-1024x768.png") });

        // "Rester connecté·e" starts the two minutes again.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rester connecté·e" }).ClickAsync();
        await Expect(Page.Locator("#idle-warning")).ToBeHiddenAsync();
        await Page.Clock.FastForwardAsync("01:50");
        await Expect(Page.Locator("#idle-text")).ToHaveTextAsync("Sans geste de votre part, déconnexion dans 10 s");
        await Expect(Page.Locator("#hello")).ToBeVisibleAsync();

        await Page.Clock.FastForwardAsync("00:11");
        await Expect(Page.Locator("#signin")).ToBeVisibleAsync();
        await AssertNothingOfLeaRemains(cookie);
    }

    [Fact]
    public async Task Terminer_signs_out_at_once_and_a_reload_does_not_bring_the_person_back()
    {
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        var cookie = (await Context.CookiesAsync()).Single(c => c.Name == "facilitation.session");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminer" }).ClickAsync();
        await Expect(Page.Locator("#signin")).ToBeVisibleAsync();
        await AssertNothingOfLeaRemains(cookie);

        await Page.ReloadAsync();
        await Expect(Page.Locator("#signin")).ToBeVisibleAsync();
        await Expect(Page.Locator("#hello")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_tablet_left_without_signing_out_does_not_open_on_that_person_later_but_a_reload_right_away_does()
    {
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        var cookie = (await Context.CookiesAsync()).Single(c => c.Name == "facilitation.session");

        // A reload a moment later (the page was swiped away by mistake): still Léa.
        await Page.ReloadAsync();
        await Expect(Page.Locator("#hello")).ToHaveTextAsync("Bonjour Léa");

        // The tab closed, and opened again three minutes later: the sign-in, and her session closed.
        await Page.CloseAsync();
        await Context.Clock.SetFixedTimeAsync(WednesdayMorning.AddMinutes(3).UtcDateTime);
        var later = await Context.NewPageAsync();
        await later.GotoAsync("/tablette");
        await Expect(later.Locator("#signin")).ToBeVisibleAsync();
        await Expect(later.Locator("#hello")).ToHaveCountAsync(0);
        using var copy = Server.Device();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_tap_still_waiting_for_the_network_at_sign_out_is_dropped_with_a_notice_and_never_sent_for_the_next_person()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        var leasCookie = (await Context.CookiesAsync()).Single(c => c.Name == "facilitation.session");
        await Page.OpenTab("Cette semaine");
        await Context.SetOfflineAsync(true);
        await Page.OpenShift(shift).GetByRole(AriaRole.Button, new() { Name = "Prendre" }).ClickAsync();
        await Expect(Page.Locator("#outbox .outbox-item")).ToHaveAttributeAsync("data-state", "waiting");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminer" }).ClickAsync();
        await Expect(Page.Locator("#signout-notice")).ToHaveTextAsync(
            "1 geste(s) n'ont pas pu partir avant la déconnexion : ils ont été annulés. Reconnectez-vous pour les refaire.");
        Assert.Null(await Page.EvaluateAsync<string?>("() => localStorage.getItem('facilitation.tablet.outbox')"));

        // The network comes back and Samir signs in: Léa's claim is not sent, under his name or hers.
        await Context.SetOfflineAsync(false);
        await Page.SignInWithKeypad("Samir", DemoStaff.Pins["samir"]);
        await Expect(Page.Locator("#hello")).ToHaveTextAsync("Bonjour Samir");
        await Page.OpenTab("Cette semaine");
        await Expect(Page.OpenShift(shift).GetByRole(AriaRole.Button, new() { Name = "Prendre" })).ToBeEnabledAsync();
        await Expect(Page.Locator("#outbox")).ToBeHiddenAsync();
        var week = await aurelien.CurrentWeek();
        Assert.Equal(0, week["claimedHours"]!.GetValue<double>());
        Assert.Equal(0, await Database.Count("shift.claimed.v1", shift));
        // Léa's session, which could not be closed offline, was closed when the network came back,
        // before Samir signed in (his is still open).
        Assert.Equal("samir", await Page.EvaluateAsync<string>("async () => (await (await fetch('/api/session')).json()).person"));
        using var copy = Server.Device();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("Cookie", $"{leasCookie.Name}={leasCookie.Value}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.SendAsync(request)).StatusCode);
        Assert.Empty(ScriptErrors);
    }

    private async Task AssertNothingOfLeaRemains(BrowserContextCookiesResult cookie)
    {
        await Expect(Page.Locator("#hello")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#dock")).ToBeHiddenAsync();
        await Expect(Page.Locator(".card, .task, #outbox")).ToHaveCountAsync(0);
        // Her name is still a button of the sign-in panel, as everyone's; nothing else of hers is shown.
        var text = await Page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Bonjour", text);
        Assert.DoesNotContain("Mes services", text);
        Assert.DoesNotContain("Vous passeriez", text);
        Assert.DoesNotContain(cookie.Name, (await Context.CookiesAsync()).Select(c => c.Name));
        Assert.Null(await Page.EvaluateAsync<string?>("() => localStorage.getItem('facilitation.tablet.touch')"));

        // The cookie she had no longer opens anything on the server.
        using var copy = Server.Device();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.SendAsync(request)).StatusCode);
    }
}
