using System.Net;
using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Desks;

/// <summary>Desk occupancy by floor on the dashboard, live: a check-in elsewhere changes the floor's count without a reload.</summary>
public sealed class DeskOccupancyOnTheDashboardTests(Chromium chromium) : BrowserTest(chromium)
{
    private static async Task CheckIn(HttpClient device, string member, string desk)
    {
        var response = await device.PostAsJsonAsync("api/sites/casaco/checkins", new { commandId = Guid.NewGuid().ToString("N"), member, desk });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"check-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_check_in_through_the_api_changes_the_floors_count_and_the_building_count_without_reload()
    {
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        var firstFloor = Page.Locator("#floor-list [data-floor='1']");
        await Expect(firstFloor).ToContainTextAsync("16 nomades libres sur 16");
        await Expect(Page.Locator("#building-count")).ToHaveAttributeAsync("data-count", "0");
        await Page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        using var aurelien = await Server.SignedIn("aurelien");
        await CheckIn(aurelien, "lucas-petit", "poste-01");
        await CheckIn(aurelien, "amina-diallo", "poste-02");

        await Expect(firstFloor).ToContainTextAsync("14 nomades libres sur 16");
        await Expect(firstFloor).ToHaveAttributeAsync("data-nomad-taken", "2");
        await Expect(Page.Locator("#building-count")).ToHaveAttributeAsync("data-count", "2");
        await Expect(Page.Locator("#building-count")).ToContainTextAsync("2 / 100");
        Assert.True(await Page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the page was reloaded");
        Assert.Empty(ScriptErrors);
    }

    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task The_desks_panel_is_axe_clean_fits_a_tablet_and_is_captured(int width, int height)
    {
        using var aurelien = await Server.SignedIn("aurelien");
        await CheckIn(aurelien, "lucas-petit", "poste-01");
        await CheckIn(aurelien, "jeanne-martin", "poste-17");
        await CheckIn(aurelien, "paul-moreau", "poste-42");
        await Page.SetViewportSizeAsync(width, height);
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Expect(Page.Locator("#building-count")).ToHaveAttributeAsync("data-count", "3");

        var serious = (await Page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the dashboard scrolls sideways");
        await Page.Locator("#desks").ScrollIntoViewIfNeededAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"desks-{width}x{height}.png") });
        await Page.Locator("#desks").ScreenshotAsync(new() { Path = ScreenshotPath($"desks-panel-{width}x{height}.png") });
        Assert.Empty(ScriptErrors);
    }
}
