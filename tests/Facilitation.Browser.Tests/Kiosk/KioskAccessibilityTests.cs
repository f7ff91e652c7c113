using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>axe-core finds nothing serious or critical on /accueil, from its set-up to the confirmation.</summary>
public sealed class KioskAccessibilityTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_kiosk_has_no_serious_or_critical_axe_violation_at_any_step()
    {
        await Page.GotoAsync("/accueil");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Casaco", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#signin")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sybille" })).ToBeVisibleAsync();
        AssertNoSeriousViolation("set-up", await Page.RunAxe());

        await Page.SignInWithKeypad("Sybille", DemoStaff.Pins["sybille"]);
        await Expect(Page.Locator(".kiosk-install")).ToBeVisibleAsync();
        AssertNoSeriousViolation("install", await Page.RunAxe());

        await Page.Locator(".kiosk-install").ClickAsync();
        await Expect(Page.Locator(".kiosk-home")).ToBeVisibleAsync();
        AssertNoSeriousViolation("first screen", await Page.RunAxe());

        await Page.AskForSomething();
        AssertNoSeriousViolation("step 1 (what)", await Page.RunAxe());

        await Page.Choice("Autre").ClickAsync();
        await Expect(Page.Locator(".kiosk[data-step='2']")).ToBeVisibleAsync();
        AssertNoSeriousViolation("step 2 (where)", await Page.RunAxe());

        await Page.Choice("Salle Montparnasse").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#kiosk-text-error")).ToBeVisibleAsync();
        AssertNoSeriousViolation("step 3 (send) with an error", await Page.RunAxe());

        await Page.Locator("#kiosk-text").FillAsync("Le vidéoprojecteur ne s'allume pas");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".kiosk-done")).ToBeVisibleAsync();
        AssertNoSeriousViolation("confirmation", await Page.RunAxe());
        Assert.Empty(ScriptErrors);
    }

    private static void AssertNoSeriousViolation(string where, AxeResult result)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on the {where}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
