using Facilitation.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Routines;

/// <summary>/routines on the tablet, landscape and portrait: no sideways scrolling, big targets, pictures saved beside the test assembly.</summary>
public sealed class RoutinesScreenshotTests(Chromium chromium) : BrowserTest(chromium)
{
    [Theory]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task The_routines_fit_a_tablet_with_big_targets_and_are_captured(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        await Page.GotoAsync("/routines");
        await SignInWithKeypad("Aurélien", DemoStaff.Pins["aurelien"]);
        await Expect(Page.Locator(".routine")).ToHaveCountAsync(6);

        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        var small = await Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main button, main input:not([type=checkbox]), header a, header button')]
            .filter((e) => e.offsetParent !== null)
            .map((e) => [e, e.getBoundingClientRect()])
            .filter(([e, r]) => r.height < 44 || r.width < 44)
            .map(([e, r]) => `${e.textContent.trim() || e.id} ${Math.round(r.width)}×${Math.round(r.height)}`)");
        Assert.True(small.Length == 0, $"controls under 44 px: {string.Join(", ", small)}");
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"routines-{width}x{height}.png") });
        await Page.GotoAsync("/dashboard");
        await Expect(Page.Locator("#coming")).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath($"dashboard-coming-{width}x{height}.png") });
        Assert.Empty(ScriptErrors);
    }
}
