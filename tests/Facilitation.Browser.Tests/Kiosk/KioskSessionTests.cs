using System.Text.RegularExpressions;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>Only a co-manager turns a device into the kiosk, and the kiosk is only the kiosk.</summary>
public sealed class KioskSessionTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_device_that_is_not_the_kiosk_explains_that_a_co_manager_must_set_it_up_and_a_facilitator_cannot()
    {
        await Page.GotoAsync("/accueil");
        await Expect(Page.Locator("#kiosk-setup")).ToContainTextAsync("Un·e co-gérant·e doit l'installer");

        await Page.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);

        await Expect(Page.Locator("#setup-problem")).ToHaveTextAsync("Seul·e un·e co-gérant·e installe la borne d'accueil. Vous avez été déconnecté·e.");
        await Expect(Page.Locator("#signin")).ToBeVisibleAsync();
        Assert.Equal(401, (await Page.APIRequest.GetAsync("/api/session")).Status);
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task Once_set_up_the_kiosk_stays_the_kiosk_after_a_reload_and_does_not_open_the_dashboard()
    {
        await Page.EnrolAsKiosk();

        await Page.ReloadAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bonjour !" })).ToBeVisibleAsync();

        await Page.GotoAsync("/dashboard");
        await Expect(Page.Locator("#main")).ToContainTextAsync("Cet appareil est la borne d'accueil");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Aller à la borne d'accueil" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/accueil$"));
        Assert.Empty(ScriptErrors);
    }
}
