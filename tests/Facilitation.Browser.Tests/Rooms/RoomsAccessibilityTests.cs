using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Rooms;

/// <summary>axe-core finds nothing serious or critical on /salles: the day, the form with an error, a booking's details.</summary>
public sealed class RoomsAccessibilityTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_rooms_page_has_no_serious_or_critical_axe_violation()
    {
        using var sybille = await Server.SignedIn("sybille");
        await sybille.Book("salle-montparnasse", "2026-12-02T11:00", "2026-12-02T12:30", "Comité de pilotage", "SCIC Casaco", 10);

        await Page.GotoAsync("/salles");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        await Expect(Page.Locator(".booking")).ToHaveCountAsync(1);
        AssertNoSeriousViolation("day", await Page.RunAxe());

        await Page.Locator("#book-open").ClickAsync();
        await Page.Locator("#book-submit").ClickAsync();
        await Expect(Page.Locator("#form-title-error")).Not.ToBeEmptyAsync();
        AssertNoSeriousViolation("form with errors", await Page.RunAxe());

        await Page.Locator("#close-form").ClickAsync();
        await Page.Locator(".booking").ClickAsync();
        await Expect(Page.Locator("#booking-detail")).ToBeVisibleAsync();
        AssertNoSeriousViolation("booking details", await Page.RunAxe());
        Assert.Empty(ScriptErrors);
    }

    private static void AssertNoSeriousViolation(string where, AxeResult result)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on the {where}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
