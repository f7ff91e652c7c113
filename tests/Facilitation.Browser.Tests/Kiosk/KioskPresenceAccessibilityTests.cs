using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>axe-core finds nothing serious or critical at any step of arriving, visiting or leaving at the kiosk.</summary>
public sealed class KioskPresenceAccessibilityTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task Checking_in_and_out_has_no_serious_or_critical_axe_violation_at_any_step()
    {
        using var sybille = await Server.SignedIn("sybille");
        await sybille.EnrolOnAnEmptyPass("nadia-blanc", "Nadia Blanc");
        await Page.EnrolAsKiosk();
        await AssertAxeClean("first screen");

        await Page.Choice("Je suis membre, j'arrive").ClickAsync();
        await Expect(Page.Locator("#kiosk-who")).ToBeVisibleAsync();
        await AssertAxeClean("who, empty");
        await Page.Locator("#kiosk-who").FillAsync("a");
        await Expect(Page.Locator(".kiosk-person").First).ToBeVisibleAsync();
        await AssertAxeClean("who, names found");
        await Page.Locator("#kiosk-who").FillAsync("zzz");
        await Expect(Page.Locator("#kiosk-who-status")).ToContainTextAsync("Personne ne porte ce nom");
        await AssertAxeClean("who, nobody");
        await Page.Locator("#kiosk-who").FillAsync("paul");
        await Page.Choice("Paul Moreau").ClickAsync();
        await Expect(Page.Locator(".kiosk-floor").First).ToBeVisibleAsync();
        await Page.Choice("Matin seulement").ClickAsync();
        await AssertAxeClean("desks, morning only pressed");
        await Page.Choice("Poste 02").ClickAsync();
        await Expect(Page.Locator(".kiosk-welcome")).ToBeVisibleAsync();
        await AssertAxeClean("welcome");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();
        await Page.FindMyselfToArrive("nadia", "Nadia Blanc");
        await Page.Choice("Pas de poste").ClickAsync();
        await Expect(Page.Locator(".kiosk-refused")).ToBeVisibleAsync();
        await AssertAxeClean("refusal");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();
        await Page.Choice("J'ai rendez-vous").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suivant" }).ClickAsync();
        await Expect(Page.Locator("#kiosk-visitor-name-error")).ToBeVisibleAsync();
        await AssertAxeClean("visitor's name, with an error");
        await Page.GetByLabel("Votre nom et prénom").FillAsync("Marc Dupuis");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suivant" }).ClickAsync();
        await Page.Locator("#kiosk-host").FillAsync("sa");
        await Expect(Page.Locator(".kiosk-person").First).ToBeVisibleAsync();
        await AssertAxeClean("host");
        await Page.Choice("Samir").ClickAsync();
        await Expect(Page.Locator(".kiosk-visitor-done")).ToBeVisibleAsync();
        await AssertAxeClean("visitor announced");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Je pars" }).ClickAsync();
        await Page.Locator("#kiosk-leaver").FillAsync("paul");
        await Expect(Page.Locator(".kiosk-person").First).ToBeVisibleAsync();
        await AssertAxeClean("leaving");
        await Context.SetOfflineAsync(true);
        await Page.Choice("Paul Moreau").ClickAsync();
        await Expect(Page.Locator(".kiosk-offline")).ToBeVisibleAsync();
        await AssertAxeClean("no network");
        await Context.SetOfflineAsync(false);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        await Expect(Page.Locator(".kiosk-bye")).ToBeVisibleAsync();
        await AssertAxeClean("goodbye");
        Assert.Empty(ScriptErrors);
    }

    private async Task AssertAxeClean(string where)
    {
        AxeResult result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {where}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
