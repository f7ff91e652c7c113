using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>
/// The kiosk on the front-desk tablet, landscape and portrait: every step fits the screen without
/// sideways scrolling, every button is a big target, and pictures of each step are saved beside the
/// test assembly (screenshots/) for a person to look at.
/// </summary>
public sealed class KioskScreenshotTests(Chromium chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task Each_step_of_the_kiosk_fits_a_tablet_with_big_buttons_and_is_captured(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        await Page.GotoAsync("/accueil");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Casaco", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sybille" })).ToBeVisibleAsync();
        await Capture($"kiosk-setup-{width}x{height}.png");

        await Page.EnrolAsKiosk();
        await Capture($"kiosk-0-home-{width}x{height}.png");

        await Page.AskForSomething();
        await Capture($"kiosk-1-what-{width}x{height}.png");

        await Page.Choice("Visiteur arrivé").ClickAsync();
        await Expect(Page.Locator(".kiosk[data-step='2']")).ToBeVisibleAsync();
        await Capture($"kiosk-2-where-{width}x{height}.png");

        await Page.Choice("Entrée").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#kiosk-name-error")).ToBeVisibleAsync();
        await Capture($"kiosk-3-send-{width}x{height}.png");

        await Page.GetByLabel("Nom du visiteur").FillAsync("Marc Dupont");
        await Page.GetByLabel("Précisions").FillAsync("Rendez-vous avec Aurélien à 10 h");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".kiosk-done")).ToBeVisibleAsync();
        await Capture($"kiosk-done-{width}x{height}.png");
        Assert.Empty(ScriptErrors);
    }

    /// <summary>Checks the screen as it is (no sideways scrolling, buttons of 44 px at least, the step's main action visible), then saves it.</summary>
    private async Task Capture(string file)
    {
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{file}: the kiosk scrolls sideways");
        var small = await Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('button, a, input, textarea')]
            .filter((e) => e.offsetParent !== null)
            .map((e) => [e, e.getBoundingClientRect()])
            .filter(([, r]) => r.width < 44 || r.height < 44)
            .map(([e, r]) => `${e.textContent.trim() || e.id} ${Math.round(r.width)}×${Math.round(r.height)}`)");
        Assert.True(small.Length == 0, $"{file}: controls under 44 px: {string.Join(", ", small)}");
        // What the member must touch next is on the screen without scrolling.
        var next = Page.Locator(".kiosk-send, .kiosk-categories .kiosk-choice, .kiosk-places .kiosk-choice, .kiosk-again").Last;
        if (await next.CountAsync() > 0) await Expect(next).ToBeInViewportAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath(file) });
    }
}
