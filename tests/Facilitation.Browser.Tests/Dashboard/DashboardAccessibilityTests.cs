using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>axe-core finds nothing serious or critical on the sign-in panel and the dashboard.</summary>
public sealed class DashboardAccessibilityTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_sign_in_panel_has_no_serious_or_critical_axe_violation()
    {
        await Page.GotoAsync("/dashboard");
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Casaco", Exact = true })).ToBeVisibleAsync();
        AssertNoSeriousViolation("site choice", await Page.RunAxe());

        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Casaco", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Léa" })).ToBeVisibleAsync();
        AssertNoSeriousViolation("names", await Page.RunAxe());

        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Léa" }).ClickAsync();
        await Expect(Page.Locator("#pin-for")).ToBeVisibleAsync();
        AssertNoSeriousViolation("keypad", await Page.RunAxe());
    }

    [Fact]
    public async Task The_dashboard_has_no_serious_or_critical_axe_violation()
    {
        await Scenario.LivedInWeek(Server);
        await Scenario.WaitingTasks(Server);
        await Context.Clock.SetFixedTimeAsync(WednesdayMorning.AddMinutes(12).UtcDateTime);
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        await Expect(Page.Locator("#now-list .shift")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#task-list .task.late")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");

        AssertNoSeriousViolation("dashboard", await Page.RunAxe());
    }

    private static void AssertNoSeriousViolation(string where, AxeResult result)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on the {where}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
