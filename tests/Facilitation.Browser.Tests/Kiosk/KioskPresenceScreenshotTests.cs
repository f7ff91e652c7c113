using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>Arriving, visiting and leaving fit a tablet either way up, with big targets, and are captured.</summary>
public sealed class KioskPresenceScreenshotTests(Chromium chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task Each_step_of_arriving_visiting_and_leaving_fits_a_tablet_and_is_captured(int width, int height)
    {
        using var aurelien = await Server.SignedIn("aurelien");
        await aurelien.CheckIn("lucas-petit", "poste-01");
        await Page.SetViewportSizeAsync(width, height);
        await Page.EnrolAsKiosk();
        await Capture($"kiosk-home-{width}x{height}.png", ".kiosk-home-choice, .kiosk-leave-button");

        await Page.Choice("Je suis membre, j'arrive").ClickAsync();
        await Page.Locator("#kiosk-who").FillAsync("a");
        await Expect(Page.Locator(".kiosk-person").First).ToBeVisibleAsync();
        await Capture($"kiosk-arrive-who-{width}x{height}.png", ".kiosk-person");

        await Page.Locator("#kiosk-who").FillAsync("paul");
        await Page.Choice("Paul Moreau").ClickAsync();
        await Expect(Page.Locator(".kiosk-floor").First).ToBeVisibleAsync();
        await Capture($"kiosk-arrive-desk-{width}x{height}.png", ".kiosk-no-desk");
        await Page.Choice("Matin seulement").ClickAsync();
        await Capture($"kiosk-arrive-desk-morning-{width}x{height}.png", ".kiosk-no-desk");

        await Page.Choice("Poste 02").ClickAsync();
        await Expect(Page.Locator(".kiosk-welcome")).ToBeVisibleAsync();
        await Capture($"kiosk-arrive-welcome-{width}x{height}.png", ".kiosk-home-again");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();
        await Page.Choice("J'ai rendez-vous").ClickAsync();
        await Capture($"kiosk-visitor-name-{width}x{height}.png", ".kiosk-send");
        await Page.GetByLabel("Votre nom et prénom").FillAsync("Marc Dupuis");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suivant" }).ClickAsync();
        await Page.Locator("#kiosk-host").FillAsync("a");
        await Expect(Page.Locator(".kiosk-person").First).ToBeVisibleAsync();
        await Capture($"kiosk-visitor-host-{width}x{height}.png", ".kiosk-person");
        await Page.Locator("#kiosk-host").FillAsync("léa");
        await Page.Choice("Léa").ClickAsync();
        await Expect(Page.Locator(".kiosk-visitor-done")).ToBeVisibleAsync();
        await Capture($"kiosk-visitor-done-{width}x{height}.png", ".kiosk-home-again");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Je pars" }).ClickAsync();
        await Page.Locator("#kiosk-leaver").FillAsync("lu");
        await Expect(Page.Locator(".kiosk-person").First).ToBeVisibleAsync();
        await Capture($"kiosk-leave-{width}x{height}.png", ".kiosk-person");
        Assert.Empty(ScriptErrors);
    }

    /// <summary>No sideways scrolling, every control 44 px at least, the first of the step's targets on screen; then saved.</summary>
    private async Task Capture(string file, string next)
    {
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{file}: the kiosk scrolls sideways");
        var small = await Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('button, a, input, textarea')]
            .filter((e) => e.offsetParent !== null)
            .map((e) => [e, e.getBoundingClientRect()])
            .filter(([, r]) => r.width < 44 || r.height < 44)
            .map(([e, r]) => `${e.textContent.trim() || e.id} ${Math.round(r.width)}×${Math.round(r.height)}`)");
        Assert.True(small.Length == 0, $"{file}: controls under 44 px: {string.Join(", ", small)}");
        await Expect(Page.Locator(next).First).ToBeInViewportAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath(file) });
    }
}
