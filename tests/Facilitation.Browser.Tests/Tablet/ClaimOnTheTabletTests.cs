using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>A facilitator claims an open shift on one tablet; another tablet sees it go without a reload.</summary>
public sealed class ClaimOnTheTabletTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_shift_claimed_on_one_tablet_vanishes_from_the_open_shifts_of_another_without_reload()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        var other = await aurelien.Publish("logistics", "2026-12-04T14:00", "2026-12-04T17:00");

        var samir = await OtherDevice();
        await samir.SignInOnTablet("Samir", DemoStaff.Pins["samir"]);
        await samir.OpenTab("Cette semaine");
        await Expect(samir.OpenShift(shift)).ToBeVisibleAsync();
        await samir.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Page.OpenTab("Cette semaine");
        var card = Page.OpenShift(shift);
        await Expect(card).ToContainTextAsync("jeudi 3 décembre, 9 h – 13 h");
        await Expect(card).ToContainTextAsync("Accueil");
        // Léa's contract is 20 h: the card says where the shift would bring her before she taps.
        await Expect(card.Locator(".fit-ok")).ToHaveTextAsync("Vous passeriez à 4 h sur 20 h");
        await card.GetByRole(AriaRole.Button, new() { Name = "Prendre" }).ClickAsync();

        // On Léa's tablet the shift is now hers; on Samir's it is gone from the open shifts.
        await Page.OpenTab("Maintenant");
        await Expect(Page.Locator($"#mine-list [data-shift-id='{shift}']")).ToBeVisibleAsync();
        await Expect(samir.OpenShift(shift)).ToHaveCountAsync(0);
        await Expect(samir.OpenShift(other)).ToBeVisibleAsync();
        Assert.True(await samir.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Samir's tablet was reloaded");

        var week = await aurelien.CurrentWeek();
        var claimed = week["shifts"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == shift)!;
        Assert.Equal("lea", claimed["holder"]!.GetValue<string>());
        Assert.Empty(ScriptErrors);
    }
}
