using Microsoft.Playwright;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>What a person does on the shared sign-in panel (the dashboard's, the kiosk's set-up).</summary>
public static class SignInPanel
{
    /// <summary>The site (if asked), the name, then the PIN on the keypad.</summary>
    public static async Task SignInWithKeypad(this IPage page, string name, string pin, string site = "Casaco")
    {
        var signIn = page.Locator("#signin");
        await Assertions.Expect(signIn).ToBeVisibleAsync();
        var siteButton = signIn.GetByRole(AriaRole.Button, new() { Name = site, Exact = true });
        var nameButton = signIn.GetByRole(AriaRole.Button, new() { Name = name });
        await Assertions.Expect(siteButton.Or(nameButton).First).ToBeVisibleAsync();
        if (await siteButton.IsVisibleAsync()) await siteButton.ClickAsync();
        await nameButton.ClickAsync();
        var keypad = signIn.GetByRole(AriaRole.Group);
        foreach (var digit in pin) await keypad.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
    }
}
