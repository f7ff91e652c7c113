using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Rooms;

/// <summary>A co-manager books and cancels on /salles; another screen follows without a reload.</summary>
public sealed class RoomsPageTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_booking_made_on_one_tablet_appears_on_another_and_its_cancellation_removes_it()
    {
        var other = await OtherDevice();
        await other.GotoAsync("/salles");
        await other.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(other.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Expect(other.Locator("#day-title")).ToContainTextAsync("mercredi 2 décembre 2026");
        await other.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await Page.GotoAsync("/salles");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Page.Locator("#book-open").ClickAsync();
        await Page.GetByLabel("Salle", new() { Exact = true }).SelectOptionAsync("salle-vanves");
        await Page.GetByLabel("Début", new() { Exact = true }).FillAsync("14:00");
        await Page.GetByLabel("Fin", new() { Exact = true }).FillAsync("16:00");
        await Page.GetByLabel("Pour", new() { Exact = true }).SelectOptionAsync("client");
        await Page.GetByLabel("Titre", new() { Exact = true }).FillAsync("Atelier compta");
        await Page.GetByLabel("Membre ou client", new() { Exact = true }).FillAsync("Cabinet Morel");
        await Page.GetByLabel("Personnes", new() { Exact = true }).FillAsync("6");
        await Page.Locator("#book-submit").ClickAsync();

        var mine = Page.Locator("[data-room='salle-vanves'] .booking");
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine).ToContainTextAsync("Atelier compta");
        var seen = other.Locator("[data-room='salle-vanves'] .booking");
        await Expect(seen).ToHaveCountAsync(1);
        await Expect(seen).ToContainTextAsync("Atelier compta");
        await Expect(seen).ToContainTextAsync("Cabinet Morel");
        await Expect(seen).ToContainTextAsync("6 pers.");
        await Expect(seen).ToContainTextAsync("14 h – 16 h");

        await mine.ClickAsync();
        await Page.Locator("#cancel-booking").ClickAsync();
        await Page.Locator("#confirm-cancel").ClickAsync();

        await Expect(mine).ToHaveCountAsync(0);
        await Expect(seen).ToHaveCountAsync(0);
        Assert.True(await other.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the other page was reloaded");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_refused_booking_says_why_next_to_the_field_and_a_facilitator_has_no_booking_button()
    {
        using var sybille = await Server.SignedIn("sybille");
        await sybille.Book("salle-vanves", "2026-12-02T14:00", "2026-12-02T16:00", "Réunion SCIC", "Sybille", 4);

        await Page.GotoAsync("/salles");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        await Page.Locator("#book-open").ClickAsync();
        await Page.GetByLabel("Salle", new() { Exact = true }).SelectOptionAsync("salle-vanves");
        await Page.GetByLabel("Début", new() { Exact = true }).FillAsync("15:00");
        await Page.GetByLabel("Fin", new() { Exact = true }).FillAsync("17:00");
        await Page.GetByLabel("Titre", new() { Exact = true }).FillAsync("Point budget");
        await Page.GetByLabel("Membre ou client", new() { Exact = true }).FillAsync("Aurélien");
        await Page.GetByLabel("Personnes", new() { Exact = true }).FillAsync("12");
        await Page.Locator("#book-submit").ClickAsync();
        await Expect(Page.Locator("#form-guests-error")).ToContainTextAsync("Entre 1 et 8 personnes");

        await Page.GetByLabel("Personnes", new() { Exact = true }).FillAsync("3");
        await Page.Locator("#book-submit").ClickAsync();
        await Expect(Page.Locator("#form-problem")).ToContainTextAsync("« Réunion SCIC »");

        var lea = await OtherDevice();
        await lea.GotoAsync("/salles?lang=en");
        await lea.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(lea.Locator("[data-room='salle-vanves'] .booking")).ToContainTextAsync("14:00 – 16:00");
        await Expect(lea.Locator("#book-open")).ToHaveCountAsync(0);
        await Expect(lea.Locator("#next-day")).ToContainTextAsync("Next day");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task The_next_day_is_one_tap_away_and_shows_that_days_bookings()
    {
        using var sybille = await Server.SignedIn("sybille");
        await sybille.Book("fablab", "2026-12-03T10:00", "2026-12-03T12:00", "Initiation impression 3D", "Les Fabriqueurs", 8, kind: "event");

        await Page.GotoAsync("/salles");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        await Expect(Page.Locator("[data-room='fablab'] .booking")).ToHaveCountAsync(0);
        await Page.Locator("#next-day").ClickAsync();

        await Expect(Page.Locator("#day-title")).ToContainTextAsync("jeudi 3 décembre 2026");
        await Expect(Page.Locator("[data-room='fablab'] .booking")).ToContainTextAsync("Initiation impression 3D");
        await Page.Locator("#previous-day").ClickAsync();
        await Expect(Page.Locator("#day-title")).ToContainTextAsync("mercredi 2 décembre 2026");
        Assert.Empty(ScriptErrors);
    }
}
