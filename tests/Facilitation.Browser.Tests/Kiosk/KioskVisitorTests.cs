using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>A visitor names themselves and their host at the kiosk; a host on staff sees the notice on their dashboard.</summary>
public sealed class KioskVisitorTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_visitor_for_Lea_is_announced_on_Leas_dashboard()
    {
        var dashboard = await OtherDevice();
        await dashboard.GotoAsync("/dashboard");
        await dashboard.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(dashboard.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");

        await Page.EnrolAsKiosk();
        await Page.Choice("J'ai rendez-vous").ClickAsync();
        // A name is needed before the host.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suivant" }).ClickAsync();
        await Expect(Page.Locator("#kiosk-visitor-name-error")).ToContainTextAsync("Écrivez votre nom");
        await Expect(Page.Locator("#kiosk-visitor-name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Page.GetByLabel("Votre nom et prénom").FillAsync("Marc Dupuis");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suivant" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Qui venez-vous voir, Marc ?" })).ToBeVisibleAsync();
        // The team and the members, by name, accents or not.
        await Page.Locator("#kiosk-host").FillAsync("lea");
        await Expect(Page.Choice("Léa")).ToContainTextAsync("Équipe");
        await Page.Choice("Léa").ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Votre hôte est prévenu·e" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".kiosk-visitor-done")).ToContainTextAsync("Léa sait que vous êtes là.");
        await Expect(dashboard.Locator("#visitor-notice")).ToContainTextAsync("Marc Dupuis est arrivé·e à l'accueil pour vous");

        using var lea = await Server.SignedIn("lea");
        var visitor = Assert.Single((await lea.Presence())["visitors"]!.AsArray())!;
        Assert.Equal("Marc Dupuis", visitor["name"]!.GetValue<string>());
        Assert.Equal("lea", visitor["host"]!.GetValue<string>());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_visitor_for_a_member_leaves_a_task_for_the_front_desk_and_can_check_out_at_the_kiosk()
    {
        await Page.EnrolAsKiosk();
        await Page.Choice("J'ai rendez-vous").ClickAsync();
        await Page.GetByLabel("Votre nom et prénom").FillAsync("Zoé Lambert");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suivant" }).ClickAsync();
        await Page.Locator("#kiosk-host").FillAsync("karim");
        await Expect(Page.Choice("Karim Benali")).ToContainTextAsync("Membre");
        await Page.Choice("Karim Benali").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Votre hôte est prévenu·e" })).ToBeVisibleAsync();

        using var lea = await Server.SignedIn("lea");
        var tasks = (await lea.TaskBoard())["tasks"]!.AsArray();
        Assert.Contains(tasks, t => t!["title"]!.GetValue<string>().Contains("Prévenir Karim Benali", StringComparison.Ordinal));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Je pars" }).ClickAsync();
        await Page.Locator("#kiosk-leaver").FillAsync("zoe");
        await Expect(Page.Choice("Zoé Lambert")).ToContainTextAsync("Visiteur · pour Karim Benali");
        await Page.Choice("Zoé Lambert").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "À bientôt, Zoé !" })).ToBeVisibleAsync();
        Assert.Empty((await lea.Presence())["visitors"]!.AsArray());
        Assert.Empty(ScriptErrors);
    }
}
