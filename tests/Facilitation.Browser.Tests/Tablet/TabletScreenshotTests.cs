using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>
/// The tablet as Léa holds it, landscape and portrait, saved as pictures beside the test assembly
/// (screenshots/) for a person to look at; every control at least 44 px, nothing wider than the screen.
/// </summary>
public sealed class TabletScreenshotTests(Chromium chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task The_tablet_fits_a_tablet_held_either_way_and_is_captured(int width, int height)
    {
        await TabletScenario.LeasWeeks(Server);
        await Page.SetViewportSizeAsync(width, height);
        await Page.GotoAsync("/tablette");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Casaco", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Léa" })).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"tablet-names-{width}x{height}.png") });
        await Page.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Expect(Page.Locator("#offers-list .card")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#open-tasks-list .task")).ToHaveCountAsync(3);
        await Expect(Page.Locator("#my-tasks-list .task")).ToHaveCountAsync(1);
        await AssertFits("now");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"tablet-now-{width}x{height}.png") });
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"tablet-now-{width}x{height}-full.png"), FullPage = true });

        await Page.OpenTab("Cette semaine");
        await Expect(Page.Locator("#open-this-list .fit-no")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#open-this-list .fit-ok")).ToHaveCountAsync(2);
        // Offline, a claim waits in the list.
        await Context.SetOfflineAsync(true);
        await Page.Locator("#open-this-list .card.fits").First.GetByRole(AriaRole.Button, new() { Name = "Prendre" }).ClickAsync();
        await Expect(Page.Locator("#outbox .outbox-item")).ToHaveAttributeAsync("data-state", "waiting");
        await AssertFits("this week");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"tablet-week-offline-{width}x{height}.png") });

        await Page.OpenTab("Maintenant");
        await Page.Locator("#mine-list .card").First.GetByRole(AriaRole.Button, new() { Name = "Passer à…" }).ClickAsync();
        await Expect(Page.Locator(".picker")).ToBeVisibleAsync();
        await AssertFits("picker");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"tablet-handover-{width}x{height}.png") });
        Assert.Empty(ScriptErrors);
    }

    private async Task AssertFits(string where)
    {
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the tablet scrolls sideways ({where})");
        var small = await Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('button, a, [role=tab]')]
            .filter(e => e.offsetParent !== null)
            .map(e => [e, e.getBoundingClientRect()])
            .filter(([, r]) => r.width < 44 || r.height < 44)
            .map(([e, r]) => `${e.textContent.trim()} ${Math.round(r.width)}×${Math.round(r.height)}`)");
        Assert.True(small.Length == 0, $"targets under 44 px ({where}): {string.Join(", ", small)}");
    }
}
