using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>axe-core finds nothing serious or critical on the tablet, signed out and signed in.</summary>
public sealed class TabletAccessibilityTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_tablet_signed_out_has_no_serious_or_critical_axe_violation()
    {
        await Page.GotoAsync("/tablette");
        var site = Page.GetByRole(AriaRole.Button, new() { Name = "Casaco", Exact = true });
        await Expect(site).ToBeVisibleAsync();
        AssertNoSeriousViolation("site choice", await Page.RunAxe());
        await site.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Léa" }).ClickAsync();
        await Expect(Page.Locator("#pin-for")).ToBeVisibleAsync();
        AssertNoSeriousViolation("keypad", await Page.RunAxe());
    }

    [Fact]
    public async Task The_tablet_signed_in_has_no_serious_or_critical_axe_violation_on_any_view()
    {
        await TabletScenario.LeasWeeks(Server);
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Expect(Page.Locator("#offers-list .card")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#open-tasks-list .task")).ToHaveCountAsync(3);
        AssertNoSeriousViolation("now", await Page.RunAxe());

        await Page.OpenTab("Cette semaine");
        await Expect(Page.Locator("#open-this-list .fit-no")).ToHaveCountAsync(1);
        AssertNoSeriousViolation("this week", await Page.RunAxe());

        // From the keyboard too: the arrow moves to the next tab.
        await Page.GetByRole(AriaRole.Tab, new() { Selected = true }).FocusAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(Page.GetByRole(AriaRole.Tab, new() { Selected = true })).ToBeFocusedAsync();
        await Expect(Page.Locator("#view-next")).ToBeVisibleAsync();
        await Expect(Page.Locator("#open-next-list .card")).ToHaveCountAsync(2);
        AssertNoSeriousViolation("next week", await Page.RunAxe());
        Assert.Empty(ScriptErrors);
    }

    private static void AssertNoSeriousViolation(string where, AxeResult result)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on the {where}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
