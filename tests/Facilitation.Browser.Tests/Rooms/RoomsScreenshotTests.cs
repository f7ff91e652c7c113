using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Rooms;

/// <summary>
/// /salles on the tablet, landscape and portrait: the page itself never scrolls sideways (only the
/// grid may), every control is a big target, and pictures are saved beside the test assembly.
/// </summary>
public sealed class RoomsScreenshotTests(Chromium chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task The_rooms_day_fits_a_tablet_with_big_targets_and_is_captured(int width, int height)
    {
        using var sybille = await Server.SignedIn("sybille");
        await sybille.Book("salle-montparnasse", "2026-12-02T09:30", "2026-12-02T11:00", "Comité de pilotage", "SCIC Casaco", 10);
        await sybille.Book("salle-vanves", "2026-12-02T14:00", "2026-12-02T16:00", "Atelier compta", "Cabinet Morel", 6, kind: "client");
        await sybille.Book("fablab", "2026-12-02T18:00", "2026-12-02T21:00", "Soirée impression 3D", "Les Fabriqueurs", 12, kind: "event");
        await sybille.Book("espace-principal", "2026-12-02T12:00", "2026-12-02T13:00", "Déjeuner partagé", "La tribu", 40);

        await Page.SetViewportSizeAsync(width, height);
        await Page.GotoAsync("/salles");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        await Expect(Page.Locator(".booking")).ToHaveCountAsync(4);
        await Capture($"rooms-day-{width}x{height}.png");

        await Page.Locator("#book-open").ClickAsync();
        await Capture($"rooms-form-{width}x{height}.png");
        await Page.Locator("#close-form").ClickAsync();

        await Page.Locator("[data-room='salle-vanves'] .booking").ClickAsync();
        await Capture($"rooms-detail-{width}x{height}.png");
        Assert.Empty(ScriptErrors);
    }

    private async Task Capture(string file)
    {
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{file}: the page scrolls sideways");
        var small = await Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main button, main input:not([type=checkbox]), main select, header a, header button')]
            .filter((e) => e.offsetParent !== null)
            .map((e) => [e, e.getBoundingClientRect()])
            .filter(([e, r]) => r.height < 44 || r.width < 44)
            .filter(([e]) => !e.classList.contains('booking'))
            .map(([e, r]) => `${e.textContent.trim() || e.id} ${Math.round(r.width)}×${Math.round(r.height)}`)");
        Assert.True(small.Length == 0, $"{file}: controls under 44 px: {string.Join(", ", small)}");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath(file) });
    }
}
