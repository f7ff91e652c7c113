using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>What a facilitator does on the shared tablet (/tablette).</summary>
public static class TabletPage
{
    /// <summary>Opens /tablette, taps the name and the PIN, and waits for the live feed.</summary>
    public static async Task SignInOnTablet(this IPage page, string name, string pin, string query = "")
    {
        await page.GotoAsync("/tablette" + query);
        await page.SignInWithKeypad(name, pin);
        await Expect(page.Locator("#hello")).ToBeVisibleAsync();
        await Expect(page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
    }

    /// <summary>One of the dock's tabs ("Maintenant", "Cette semaine", "Semaine prochaine").</summary>
    public static async Task OpenTab(this IPage page, string name)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{name}") });
        await tab.ClickAsync();
        await Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
    }

    /// <summary>An open shift's card on the "this week" or "next week" view.</summary>
    public static ILocator OpenShift(this IPage page, string shift) => page.Locator($".tab-panel [data-shift-id='{shift}']").Locator("visible=true");
}
