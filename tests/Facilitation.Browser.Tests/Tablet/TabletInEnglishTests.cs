using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>French by default; ?lang=en gives the tablet in English, times and refusals included.</summary>
public sealed class TabletInEnglishTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task With_lang_en_the_tablet_speaks_english_dates_times_and_the_reason_a_shift_does_not_fit()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00"), "claire");
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-04T09:00", "2026-12-04T13:00"), "claire");
        var open = await aurelien.Publish("logistics", "2026-12-05T10:00", "2026-12-05T12:00");

        await Page.GotoAsync("/tablette?lang=en");
        await Page.SignInWithKeypad("Claire", DemoStaff.Pins["claire"]);
        await Expect(Page.Locator("#hello")).ToHaveTextAsync("Hello Claire");
        await Expect(Page.Locator("#mine-list .card").First).ToContainTextAsync("Thursday 3 December, 09:00 – 13:00");
        await Page.OpenTab("This week");
        var card = Page.OpenShift(open);
        await Expect(card).ToContainTextAsync("Saturday 5 December, 10:00 – 12:00");
        await Expect(card.Locator(".fit-no")).ToContainTextAsync("contract");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Take" })).ToBeDisabledAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Finish" })).ToBeVisibleAsync();
        Assert.Empty(ScriptErrors);
    }
}
