using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>An open shift that would break a rule for me says so, and why, before I tap anything.</summary>
public sealed class ShiftThatDoesNotFitTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_facilitator_whose_contract_is_full_sees_why_an_open_shift_does_not_fit_before_any_tap()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        // Claire's contract is 8 h a week: two 4-hour shifts fill it.
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00"), "claire");
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-04T09:00", "2026-12-04T13:00"), "claire");
        var open = await aurelien.Publish("logistics", "2026-12-05T10:00", "2026-12-05T12:00");
        using var claireDevice = await Server.SignedIn("claire");
        var fit = (await claireDevice.GetFromJsonAsync<JsonObject>($"api/sites/casaco/shifts/{open}/fit"))!;
        Assert.False(fit["fits"]!.GetValue<bool>());
        var reason = fit["reason"]!.GetValue<string>();

        await Page.SignInOnTablet("Claire", DemoStaff.Pins["claire"]);
        var requests = new List<string>();
        Page.Request += (_, request) => { if (request.Method == "POST") requests.Add(request.Url); };
        await Page.OpenTab("Cette semaine");
        var card = Page.OpenShift(open);
        await Expect(card.Locator(".fit-no")).ToHaveTextAsync(reason);
        await Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("does-not-fit"));
        var claim = card.GetByRole(AriaRole.Button, new() { Name = "Prendre" });
        await Expect(claim).ToBeDisabledAsync();
        // The button's description is the reason, for a screen reader too.
        await Expect(claim).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(reason)));
        Assert.Empty(requests);

        // Her own shifts are on the first view.
        await Page.OpenTab("Maintenant");
        await Expect(Page.Locator("#mine-list .card")).ToHaveCountAsync(2);
        Assert.Empty(ScriptErrors);
    }
}
