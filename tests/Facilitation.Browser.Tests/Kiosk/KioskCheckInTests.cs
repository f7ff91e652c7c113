using System.Text.Json.Nodes;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>
/// A member checks in at the kiosk: finds their name by typing, picks a free nomad desk, and is
/// welcomed with what is left on their pass; the dashboard counts them at once. A refusal is the
/// server's sentence, and the front desk gets a task.
/// </summary>
public sealed class KioskCheckInTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_member_checks_in_with_a_desk_and_the_dashboards_desk_count_changes_without_reload()
    {
        var dashboard = await OtherDevice();
        await dashboard.GotoAsync("/dashboard");
        await dashboard.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(dashboard.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        var firstFloor = dashboard.Locator("#floor-list [data-floor='1']");
        await Expect(firstFloor).ToContainTextAsync("16 nomades libres sur 16");
        await dashboard.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await Page.EnrolAsKiosk();
        await Page.Choice("Je suis membre, j'arrive").ClickAsync();
        // No list to scroll: nothing until the member types, then only the names that match.
        await Expect(Page.Locator(".kiosk-person")).ToHaveCountAsync(0);
        await Page.Locator("#kiosk-who").FillAsync("mor");
        await Expect(Page.Locator(".kiosk-person")).ToHaveCountAsync(1);
        await Page.Locator("#kiosk-who").FillAsync("pau");
        await Expect(Page.Locator(".kiosk-person")).ToHaveCountAsync(1);
        await Page.Choice("Paul Moreau").ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Où vous installez-vous, Paul ?" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".kiosk-floor[data-floor='1']")).ToContainTextAsync("16 postes libres");
        // Paul is on a pass and it is 10:00: he may ask for the morning only.
        await Expect(Page.Choice("Matin seulement")).ToHaveAttributeAsync("aria-pressed", "false");
        await Page.Choice("Poste 07").ClickAsync();

        var welcome = Page.Locator(".kiosk-welcome");
        await Expect(welcome.GetByRole(AriaRole.Heading, new() { Name = "Bienvenue Paul !" })).ToBeVisibleAsync();
        await Expect(welcome).ToContainTextAsync("Poste 07.");
        await Expect(welcome).ToContainTextAsync("Il vous reste 9 jours sur votre pass.");

        await Expect(firstFloor).ToContainTextAsync("15 nomades libres sur 16");
        await Expect(dashboard.Locator("#building-count")).ToHaveAttributeAsync("data-count", "1");
        Assert.True(await dashboard.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the dashboard was reloaded");

        using var lea = await Server.SignedIn("lea");
        var present = Assert.Single((await lea.Presence())["members"]!.AsArray())!;
        Assert.Equal("paul-moreau", present["member"]!.GetValue<string>());
        Assert.Equal("poste-07", present["desk"]!.GetValue<string>());

        // "Terminé" (or a few seconds): the next person sees the first screen.
        await welcome.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();
        await Expect(Page.Locator(".kiosk-home")).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task Morning_only_charges_half_a_day_of_the_pass()
    {
        await Page.EnrolAsKiosk();
        await Page.FindMyselfToArrive("paul", "Paul Moreau");
        await Page.Choice("Matin seulement").ClickAsync();
        await Expect(Page.Choice("Matin seulement")).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.Choice("Pas de poste").ClickAsync();

        var welcome = Page.Locator(".kiosk-welcome");
        await Expect(welcome).ToContainTextAsync("Installez-vous où vous voulez.");
        // 30 units, a morning uses 2: 28 left, 9 full days.
        await Expect(welcome).ToContainTextAsync("Il vous reste 9 jours sur votre pass.");
        using var lea = await Server.SignedIn("lea");
        Assert.Equal(28, (await lea.Member("paul-moreau"))["passUnits"]!.GetValue<int>());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_member_is_welcomed_in_English_with_lang_en()
    {
        await Page.EnrolAsKiosk("?lang=en");
        await Page.Choice("I'm a member, arriving").ClickAsync();
        await Page.GetByLabel("Your name").FillAsync("paul");
        await Page.Choice("Paul Moreau").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Where will you sit, Paul?" })).ToBeVisibleAsync();
        await Expect(Page.Choice("Morning only")).ToBeVisibleAsync();
        await Page.Choice("Desk 04").ClickAsync();

        var welcome = Page.Locator(".kiosk-welcome");
        await Expect(welcome.GetByRole(AriaRole.Heading, new() { Name = "Welcome Paul!" })).ToBeVisibleAsync();
        await Expect(welcome).ToContainTextAsync("Desk 04.");
        await Expect(welcome).ToContainTextAsync("You have 9 days left on your pass.");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_resident_goes_to_their_own_desk_without_choosing()
    {
        await Page.EnrolAsKiosk();
        await Page.Choice("Je suis membre, j'arrive").ClickAsync();
        await Page.Locator("#kiosk-who").FillAsync("jeanne");
        await Page.Choice("Jeanne Martin").ClickAsync();

        var welcome = Page.Locator(".kiosk-welcome");
        await Expect(welcome.GetByRole(AriaRole.Heading, new() { Name = "Bienvenue Jeanne !" })).ToBeVisibleAsync();
        await Expect(welcome).ToContainTextAsync("Poste 17.");
        await Expect(welcome).Not.ToContainTextAsync("pass");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_member_whose_pass_is_used_up_reads_the_servers_refusal_and_a_welcome_task_reaches_the_dashboard()
    {
        using var sybille = await Server.SignedIn("sybille");
        await sybille.EnrolOnAnEmptyPass("nadia-blanc", "Nadia Blanc");

        var dashboard = await OtherDevice();
        await dashboard.GotoAsync("/dashboard");
        await dashboard.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(dashboard.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Expect(dashboard.Locator("#tasks")).ToContainTextAsync("Aucune tâche ouverte.");

        await Page.EnrolAsKiosk();
        await Page.FindMyselfToArrive("nad", "Nadia Blanc");
        await Page.Choice("Poste 03").ClickAsync();

        var refused = Page.Locator(".kiosk-refused");
        await Expect(refused).ToHaveAttributeAsync("role", "alert");
        await Expect(refused.GetByRole(AriaRole.Heading, new() { Name = "Un instant, Nadia" })).ToBeVisibleAsync();
        await Expect(refused).ToContainTextAsync("n'a plus assez de jours : l'entrée est refusée, l'accueil est prévenu");

        var task = dashboard.Locator("#task-list .task", new() { HasText = "Nadia Blanc" });
        await Expect(task).ToBeVisibleAsync();
        await Expect(task).ToContainTextAsync("pass épuisé");
        using var lea = await Server.SignedIn("lea");
        Assert.Empty((await lea.Presence())["members"]!.AsArray());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_check_in_whose_answer_was_lost_is_sent_again_with_the_same_id_and_applied_once()
    {
        await Page.EnrolAsKiosk();
        var bodies = new List<JsonObject>();
        var lost = false;
        await Page.RouteAsync("**/api/sites/casaco/checkins", async route =>
        {
            bodies.Add(JsonNode.Parse(route.Request.PostData!)!.AsObject());
            if (!lost)
            {
                lost = true;
                // The check-in reaches the server, then the Wi-Fi drops before the answer comes back.
                await route.FetchAsync();
                await Context.SetOfflineAsync(true);
                await route.AbortAsync("internetdisconnected");
                return;
            }
            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // Offline: the browser gives up on its own.
            }
        });

        await Page.FindMyselfToArrive("paul", "Paul Moreau");
        await Page.Choice("Poste 05").ClickAsync();
        var offline = Page.Locator(".kiosk-offline");
        await Expect(offline).ToHaveAttributeAsync("data-tries", "1");
        await Expect(Page.Locator("#kiosk-problem")).ToContainTextAsync("Le réseau ne répond pas.");

        // Still no network: "Réessayer" fails again, and says so.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        await Expect(offline).ToHaveAttributeAsync("data-tries", "2");

        await Context.SetOfflineAsync(false);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        // A second check-in under a new id would be refused (Paul is already in): the welcome is the first one's answer.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bienvenue Paul !" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".kiosk-welcome")).ToContainTextAsync("Il vous reste 9 jours sur votre pass.");

        Assert.True(bodies.Count >= 2, $"{bodies.Count} check-ins sent");
        Assert.Single(bodies.Select(b => b["commandId"]!.GetValue<string>()).Distinct());
        using var lea = await Server.SignedIn("lea");
        Assert.Single((await lea.Presence())["members"]!.AsArray());
        Assert.Equal(27, (await lea.Member("paul-moreau"))["passUnits"]!.GetValue<int>());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_member_checks_out_by_finding_their_name_among_those_present()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        await aurelien.CheckIn("lucas-petit", "poste-01");
        await aurelien.CheckIn("amina-diallo", "poste-02");

        await Page.EnrolAsKiosk();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Je pars" }).ClickAsync();
        await Page.Locator("#kiosk-leaver").FillAsync("luc");
        await Expect(Page.Locator(".kiosk-person")).ToHaveCountAsync(1);
        await Page.Choice("Lucas Petit").ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "À bientôt, Lucas !" })).ToBeVisibleAsync();
        var present = (await aurelien.Presence())["members"]!.AsArray();
        Assert.Equal("amina-diallo", Assert.Single(present)!["member"]!.GetValue<string>());

        // Without a touch, the first screen comes back after a few seconds (8) for the next person.
        await Expect(Page.Locator(".kiosk-home")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Empty(ScriptErrors);
    }
}
