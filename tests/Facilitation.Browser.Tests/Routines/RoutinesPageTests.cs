using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Routines;

/// <summary>
/// /routines for a co-manager on a tablet (French by default, English with ?lang=en): change a rule,
/// see a refusal naming the rule, add a closure; and the dashboard's line of what is coming.
/// </summary>
public sealed class RoutinesPageTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_co_manager_changes_the_members_day_rule_sees_a_bad_rule_refused_and_adds_a_closure()
    {
        await Page.GotoAsync("/routines");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        var card = Page.Locator(".routine", new() { HasText = "Journée des membres" });
        await Expect(card).ToContainTextAsync("Prochaine fois : jeudi 3 décembre");
        await Expect(card.Locator(".missed")).ToContainTextAsync("préparée une fois au redémarrage");

        await card.GetByLabel("Règle").FillAsync("tous les jeudis");
        await card.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(card.Locator(".outcome")).ToContainTextAsync("rule");

        await card.GetByLabel("Règle").FillAsync("monthly 3 thu 10:00");
        await card.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(card.Locator(".outcome")).ToContainTextAsync("Enregistré");
        await Expect(card.Locator(".next")).ToContainTextAsync("jeudi 17 décembre");
        using var manager = await Server.SignedIn("aurelien");
        var stored = await manager.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("api/sites/casaco/routines/journee-des-membres");
        Assert.Equal("monthly 3 thu 10:00", stored!["rule"]!.GetValue<string>());

        await Page.GetByLabel("Jour de fermeture").FillAsync("2026-12-24");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Ajouter la fermeture" }).ClickAsync();
        await Expect(Page.Locator(".closures li")).ToContainTextAsync("24 décembre");
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task The_page_reads_in_english_with_lang_en()
    {
        await Page.GotoAsync("/routines?lang=en");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        var card = Page.Locator(".routine", new() { HasText = "Tournée d'ouverture" });
        await Expect(card).ToContainTextAsync("Opening");
        await Expect(card.Locator(".missed")).ToContainTextAsync("nothing (the next one happens as usual)");
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Add the closure" })).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task The_dashboard_says_what_is_coming()
    {
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        // Wednesday 2 December 2026, 10:00: the members' day is Thursday 3 December, the Casaco Tuesday on the 8th.
        await Expect(Page.Locator("#coming")).ToContainTextAsync("Journée des membres demain");
        await Expect(Page.Locator("#coming")).ToContainTextAsync("Mardi de Casaco dans 6 jours");
        Assert.Empty(ScriptErrors);
    }
}
