using System.Text.Json.Nodes;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>The kiosk's form: the server's refusals shown where they belong, and a request sent only once.</summary>
public sealed class KioskRequestFormTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task Other_without_text_is_refused_with_the_fields_message_then_sent_with_text_and_confirmed()
    {
        await Page.EnrolAsKiosk();

        await Page.ChooseRequest("Autre", "Entrée");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();

        var text = Page.GetByLabel("Que faut-il ? (obligatoire)");
        await Expect(text).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(text).ToHaveAccessibleDescriptionAsync("Dites en quelques mots ce qu'il faut.");
        await Expect(Page.Locator("#kiosk-text-error")).ToBeVisibleAsync();
        await Expect(Page.Locator("#kiosk-problem")).ToHaveTextAsync("Corrigez les champs indiqués.");
        await Expect(text).ToBeFocusedAsync();

        await text.FillAsync("Le digicode de la porte ne marche plus");
        await Expect(Page.Locator("#kiosk-text-error")).ToBeHiddenAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "C'est transmis à l'équipe, merci !" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".kiosk-done")).ToContainTextAsync("Autre · Entrée");
        using var aurelien = await Server.SignedIn("aurelien");
        var tasks = (await aurelien.TaskBoard())["tasks"]!.AsArray();
        Assert.Equal("Le digicode de la porte ne marche plus", Assert.Single(tasks)!["title"]!.GetValue<string>());

        // "Nouvelle demande" (or a few seconds) brings the first step back.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nouvelle demande" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "De quoi avez-vous besoin ?" })).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_visitor_needs_a_name_and_the_task_says_who_is_waiting()
    {
        await Page.EnrolAsKiosk();

        await Page.ChooseRequest("Visiteur arrivé", "Entrée");
        var name = Page.GetByLabel("Nom du visiteur");
        await Expect(name).ToBeFocusedAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(name).ToHaveAccessibleDescriptionAsync("Le nom du visiteur, pour prévenir son hôte.");

        await name.FillAsync("Marc Dupont");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "C'est transmis à l'équipe, merci !" })).ToBeVisibleAsync();

        using var aurelien = await Server.SignedIn("aurelien");
        var task = Assert.Single((await aurelien.TaskBoard())["tasks"]!.AsArray())!;
        Assert.Equal("Marc Dupont", task["requestedBy"]!.GetValue<string>());
        Assert.Equal("welcome", task["kind"]!.GetValue<string>());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task After_a_network_failure_Envoyer_sends_the_same_command_id_again_and_makes_one_task()
    {
        await Page.EnrolAsKiosk();
        var bodies = new List<JsonObject>();
        var failed = false;
        await Page.RouteAsync("**/api/sites/casaco/requests", async route =>
        {
            bodies.Add(JsonNode.Parse(route.Request.PostData!)!.AsObject());
            if (!failed)
            {
                failed = true;
                // The request reaches the server, but the answer is lost on the way back (the Wi-Fi dropped).
                await route.FetchAsync();
                await route.AbortAsync("connectionreset");
                return;
            }
            await route.ContinueAsync();
        });

        await Page.ChooseRequest("Ménage", "Étage 1", text: "Café renversé");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#kiosk-problem")).ToContainTextAsync("Le réseau ne répond pas.");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "C'est transmis à l'équipe, merci !" })).ToBeVisibleAsync();

        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0]["commandId"]!.GetValue<string>(), bodies[1]["commandId"]!.GetValue<string>());
        using var aurelien = await Server.SignedIn("aurelien");
        Assert.Single((await aurelien.TaskBoard())["tasks"]!.AsArray());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task Over_ten_requests_in_a_minute_the_kiosk_shows_the_servers_message_to_wait()
    {
        await Page.EnrolAsKiosk();
        // Ten requests from this kiosk (its session cookie), as a stuck button would send them.
        for (var i = 0; i < 10; i++)
        {
            var response = await Page.APIRequest.PostAsync("/api/sites/casaco/requests", new()
            {
                DataObject = new { commandId = Guid.NewGuid().ToString("N"), category = "supplies", place = "entrance" },
            });
            Assert.Equal(201, response.Status);
        }

        await Page.ChooseRequest("Fournitures", "Entrée");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();

        await Expect(Page.Locator("#kiosk-problem")).ToHaveTextAsync("Trop de demandes en une minute depuis cette borne : patientez un instant.");
        await Expect(Page.Locator(".kiosk[data-step='3']")).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task The_kiosk_speaks_English_with_lang_en()
    {
        await Page.EnrolAsKiosk("?lang=en");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Hello!" })).ToBeVisibleAsync();
        await Expect(Page.Choice("I'm a member, arriving")).ToBeVisibleAsync();
        await Expect(Page.Choice("I have an appointment")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "I'm leaving" })).ToBeVisibleAsync();
        await Page.Choice("I need something").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "What do you need?" })).ToBeVisibleAsync();
        await Page.Choice("Printer").ClickAsync();
        await Expect(Page.Choice("Entrance")).ToBeVisibleAsync();
        await Expect(Page.Choice("Ground floor")).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }
}
