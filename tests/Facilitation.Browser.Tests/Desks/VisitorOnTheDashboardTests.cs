using System.Net;
using System.Net.Http.Json;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Desks;

/// <summary>The host on staff sees on their dashboard that their visitor has arrived; nobody else does.</summary>
public sealed class VisitorOnTheDashboardTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_visitor_checked_in_for_lea_is_announced_on_leas_dashboard_and_can_be_dismissed()
    {
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");

        using var aurelien = await Server.SignedIn("aurelien");
        var response = await aurelien.PostAsJsonAsync("api/sites/casaco/visitors", new { commandId = Guid.NewGuid().ToString("N"), name = "Marc Dupuis", host = "lea" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var notice = Page.Locator("#visitor-notice");
        await Expect(notice).ToContainTextAsync("Marc Dupuis est arrivé·e à l'accueil pour vous (10 h).");
        await Expect(Page.Locator("#building-count")).ToHaveAttributeAsync("data-count", "1");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath("visitor-notice-1024x768.png") });
        await notice.GetByRole(AriaRole.Button, new() { Name = "Vu" }).ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);
        Assert.Empty(ScriptErrors);
    }
}
