using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>The front-desk kiosk (/accueil) as a co-manager sets it up and as a member uses it.</summary>
public static class FrontDesk
{
    /// <summary>
    /// Opens /accueil on a device that is not the kiosk yet, signs Sybille (co-manager) in there and
    /// presses "Installer la borne d'accueil ici": the page then shows its first screen (a member
    /// arrives, a visitor, a request; "Je pars").
    /// </summary>
    public static async Task EnrolAsKiosk(this IPage page, string query = "")
    {
        await page.GotoAsync("/accueil" + query);
        await Expect(page.Locator("#setup-title")).ToBeVisibleAsync();
        await page.SignInWithKeypad("Sybille", DemoStaff.Pins["sybille"]);
        await page.Locator(".kiosk-install").ClickAsync();
        await Expect(page.Locator(".kiosk-home")).ToBeVisibleAsync();
    }

    /// <summary>"J'ai besoin de quelque chose" on the first screen: the request's first step.</summary>
    public static async Task AskForSomething(this IPage page)
    {
        await page.Choice("J'ai besoin de quelque chose").ClickAsync();
        await Expect(page.Locator(".kiosk[data-step='1']")).ToBeVisibleAsync();
    }

    /// <summary>From the first screen: the request, the category's button, the place's button; then the text and the name if given.</summary>
    public static async Task ChooseRequest(this IPage page, string category, string place, string? text = null, string? name = null)
    {
        await page.AskForSomething();
        await page.Choice(category).ClickAsync();
        await page.Choice(place).ClickAsync();
        await Expect(page.Locator(".kiosk[data-step='3']")).ToBeVisibleAsync();
        if (text is not null) await page.Locator("#kiosk-text").FillAsync(text);
        if (name is not null) await page.Locator("#kiosk-name").FillAsync(name);
    }

    /// <summary>
    /// A kiosk's big button by its main word: its name is the word then the line under it
    /// ("Imprimante Papier, bourrage, encre", "Salle Vanves Étage 1").
    /// </summary>
    public static ILocator Choice(this IPage page, string word) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{Regex.Escape(word)}(\\s|$)") });

    /// <summary>A whole request in three taps (and the typing), up to the confirmation.</summary>
    public static async Task RaiseRequest(this IPage page, string category, string place, string? text = null, string? name = null)
    {
        await page.ChooseRequest(category, place, text, name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "C'est transmis à l'équipe, merci !" })).ToBeVisibleAsync();
    }
}
