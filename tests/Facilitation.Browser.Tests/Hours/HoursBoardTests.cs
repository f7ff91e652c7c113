using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Dashboard;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Hours;

/// <summary>The co-managers' hours board (/heures) in Chromium: planning, the live budget bar, the people's shares, approval.</summary>
public sealed class HoursBoardTests(Chromium chromium) : BrowserTest(chromium)
{
    private async Task OpenAsCoManager(int width = 1024, int height = 768)
    {
        await Page.SetViewportSizeAsync(width, height);
        await Page.GotoAsync("/heures");
        await SignInWithKeypad("Aurélien", "4821");
        await Expect(Page.Locator("#board-week")).ToContainTextAsync("2026-W49");
    }

    [Fact]
    public async Task The_bar_moves_without_reload_when_a_facilitator_claims_on_another_device()
    {
        await Scenario.LivedInWeek(Server);
        await OpenAsCoManager();
        await Expect(Page.Locator("#board-legend .claimed dd")).ToHaveTextAsync("20 h 30");

        using var lea = await Server.SignedIn("lea");
        var week = await lea.CurrentWeek();
        var open = week["shifts"]!.AsArray().First(s => s!["status"]!.GetValue<string>() == "published" && s["start"]!.GetValue<string>().StartsWith("2026-12-03T09"))!;
        await lea.Claim(open["id"]!.GetValue<string>());

        await Expect(Page.Locator("#board-legend .claimed dd")).ToHaveTextAsync("24 h 30");
        await Expect(Page.Locator($"[data-shift='{open["id"]!.GetValue<string>()}']")).ToContainTextAsync("Léa");
        await Expect(Page.Locator("tr[data-person='lea'] td").Nth(2)).ToHaveTextAsync("8 h");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_co_manager_publishes_a_shift_on_the_grid_and_approves_a_claim()
    {
        await Scenario.LivedInWeek(Server);
        await OpenAsCoManager();
        await Expect(Page.Locator("#board-legend .published dd")).ToHaveTextAsync("33 h");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Publier un service Ménage le vendredi 4 décembre" }).ClickAsync();
        await Page.Locator("#publish-start").FillAsync("17:00");
        await Page.Locator("#publish-end").FillAsync("19:00");
        await Page.Locator("#publish-send").ClickAsync();
        await Expect(Page.Locator("#board-dialog")).Not.ToBeVisibleAsync();
        await Expect(Page.Locator("#board-legend .published dd")).ToHaveTextAsync("35 h");
        await Expect(Page.Locator("table.plan")).ToContainTextAsync("17 h – 19 h");

        await Page.Locator(".shift-card", new() { HasText = "Léa" }).First.ClickAsync();
        await Page.Locator("#approve-send").ClickAsync();
        await Expect(Page.Locator(".shift-card", new() { HasText = "Léa" }).First).ToContainTextAsync("Validé");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_facilitator_is_told_the_board_is_for_co_managers()
    {
        await Page.GotoAsync("/heures");
        await SignInWithKeypad("Léa", "2958");

        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Le tableau des heures est réservé aux co-gérant·es.");
    }

    [Fact]
    public async Task The_board_has_no_serious_or_critical_axe_violation_and_speaks_english_on_request()
    {
        await Scenario.LivedInWeek(Server);
        await OpenAsCoManager();

        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));

        await Page.GotoAsync("/heures?lang=en");
        await Expect(Page.Locator("#board-week")).ToContainTextAsync("Week of");
        await Expect(Page.Locator("#board-people-title")).ToHaveTextAsync("Hours per person");
    }

    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task The_board_is_captured_at_tablet_sizes(int width, int height)
    {
        await Scenario.LivedInWeek(Server);
        await OpenAsCoManager(width, height);
        await Expect(Page.Locator("tr[data-person='lea']")).ToBeVisibleAsync();

        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"hours-{width}x{height}.png"), FullPage = true });
        await Page.Locator(".shift-card", new() { HasText = "Léa" }).First.ClickAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"hours-shift-{width}x{height}.png") });
        Assert.Empty(ScriptErrors);
    }
}
