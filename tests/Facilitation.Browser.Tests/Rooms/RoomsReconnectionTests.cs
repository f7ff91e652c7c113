using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Rooms;

/// <summary>A booking made while a tablet was offline shows once it is back, without a reload: the page reloads its day on reconnection.</summary>
public sealed class RoomsReconnectionTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_booking_made_while_the_tablet_was_offline_shows_after_it_reconnects()
    {
        await Page.GotoAsync("/salles");
        await SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await Context.SetOfflineAsync(true);
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "reconnecting", new() { Timeout = 40_000 });
        using var sybille = await Server.SignedIn("sybille");
        await sybille.Book("salle-plateau", "2026-12-02T15:00", "2026-12-02T16:00", "Entretien", "Camille Roy", 2);
        await Context.SetOfflineAsync(false);

        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected", new() { Timeout = 30_000 });
        await Expect(Page.Locator("[data-room='salle-plateau'] .booking")).ToContainTextAsync("Entretien");
        Assert.True(await Page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the page was reloaded");
        Assert.Empty(ScriptErrors);
    }
}
