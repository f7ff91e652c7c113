using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>The dashboard asks who you are, and a keypad PIN opens this week's hours.</summary>
public sealed class SignInOnTheDashboardTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task Lea_signs_in_with_the_keypad_and_sees_the_hours_left_and_the_tasks()
    {
        await Page.GotoAsync("/dashboard");
        await Expect(Page.Locator("#signin-title")).ToHaveTextAsync("Connexion");

        await SignInWithKeypad("Léa", "2958");

        using var lea = await Server.SignedIn("lea");
        var week = await lea.CurrentWeek();
        var leftText = week["leftText"]!.GetValue<string>();
        Assert.StartsWith("reste ", leftText);
        await Expect(Page.Locator("#hours-left-text")).ToHaveTextAsync(leftText, new() { IgnoreCase = true });
        await Expect(Page.Locator("#tasks").GetByRole(AriaRole.Heading)).ToHaveTextAsync("Tâches");
        await Expect(Page.Locator("#tasks")).ToContainTextAsync("Aucune tâche ouverte.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task The_sign_in_panel_is_in_English_with_lang_en()
    {
        await Page.GotoAsync("/dashboard?lang=en");

        await Expect(Page.Locator("#signin-title")).ToHaveTextAsync("Sign in");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_wrong_PIN_shows_the_reason_the_server_gave()
    {
        await Page.GotoAsync("/dashboard");

        await SignInWithKeypad("Léa", "0000");

        await Expect(Page.Locator("#signin-problem")).ToHaveTextAsync("Nom ou code incorrect.");
        await Expect(Page.Locator("#signin")).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task Signing_out_closes_the_session_and_brings_back_the_sign_in_panel()
    {
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        await Expect(Page.Locator("#hours-left-text")).Not.ToBeEmptyAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();

        await Expect(Page.Locator("#signin-title")).ToHaveTextAsync("Connexion");
        var session = await Page.APIRequest.GetAsync("/api/session");
        Assert.Equal(401, session.Status);
        Assert.Empty(ScriptErrors);
    }
}
