using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>
/// The dashboard as a facilitator sees it on the front-desk tablet, landscape and portrait (and on
/// a wall screen), saved
/// as pictures beside the test assembly (screenshots/) for a person to look at.
/// </summary>
public sealed class DashboardScreenshotTests(Chromium chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    [InlineData(1920, 1080)]
    public async Task The_dashboard_fits_a_tablet_and_is_captured(int width, int height)
    {
        await Scenario.LivedInWeek(Server);
        await Scenario.WaitingTasks(Server);
        // Twelve minutes later on the tablet: the visitor has waited too long.
        await Context.Clock.SetFixedTimeAsync(WednesdayMorning.AddMinutes(12).UtcDateTime);
        await Page.SetViewportSizeAsync(width, height);
        await Page.GotoAsync("/dashboard");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Casaco", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Léa" }).ClickAsync();
        var keypad = Page.GetByRole(AriaRole.Group, new() { Name = "Clavier du code" });
        await keypad.GetByRole(AriaRole.Button, new() { Name = "2", Exact = true }).ClickAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"signin-keypad-{width}x{height}.png") });
        foreach (var digit in "958") await keypad.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        await Expect(Page.Locator("#now-list .shift")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Expect(Page.Locator("#task-list .task")).ToHaveCountAsync(4);
        await Expect(Page.Locator("#task-list .task.late")).ToHaveCountAsync(1);

        // Nothing wider than the screen: no sideways scrolling on the tablet.
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the dashboard scrolls sideways");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"dashboard-{width}x{height}.png") });
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"dashboard-{width}x{height}-full.png"), FullPage = true });
        Assert.Empty(ScriptErrors);
    }
}
