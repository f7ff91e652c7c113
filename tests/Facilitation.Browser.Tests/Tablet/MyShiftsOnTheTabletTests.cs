using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>A facilitator's own shifts on the tablet: start and end, hand over to a colleague who accepts.</summary>
public sealed class MyShiftsOnTheTabletTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_shift_handed_over_on_one_tablet_is_offered_live_on_the_colleagues_tablet_who_accepts_it()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("community", "2026-12-03T14:00", "2026-12-03T18:00");
        await aurelien.Claim(shift, "lea");

        var samir = await OtherDevice();
        await samir.SignInOnTablet("Samir", DemoStaff.Pins["samir"]);
        await Expect(samir.Locator("#offers")).ToBeHiddenAsync();

        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        var mine = Page.Locator($"#mine-list [data-shift-id='{shift}']");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Passer à…" }).ClickAsync();
        var picker = mine.GetByRole(AriaRole.Group, new() { Name = "À qui passer ce service ?" });
        await Expect(picker.GetByRole(AriaRole.Button, new() { Name = "Léa" })).ToHaveCountAsync(0);
        await picker.GetByRole(AriaRole.Button, new() { Name = "Samir" }).ClickAsync();
        await Expect(mine).ToContainTextAsync("Proposé à Samir, en attente de sa réponse");
        await Expect(mine.GetByRole(AriaRole.Button, new() { Name = "Reprendre" })).ToBeVisibleAsync();

        // Samir's tablet shows the offer without a reload; he accepts it.
        var offer = samir.Locator($"#offers-list [data-shift-id='{shift}']");
        await Expect(offer).ToContainTextAsync("Léa vous propose ce service");
        await Expect(offer).ToContainTextAsync("jeudi 3 décembre, 14 h – 18 h");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Expect(samir.Locator($"#mine-list [data-shift-id='{shift}']")).ToBeVisibleAsync();
        await Expect(offer).ToHaveCountAsync(0);
        await Expect(mine).ToHaveCountAsync(0);

        var held = (await aurelien.GetFromJsonAsync<JsonObject>($"api/sites/casaco/shifts/{shift}"))!;
        Assert.Equal("samir", held["holder"]!.GetValue<string>());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task The_shift_under_way_is_started_then_ended_in_one_tap_each()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-02T09:00", "2026-12-02T13:00");
        var later = await aurelien.Publish("welcome", "2026-12-04T09:00", "2026-12-04T13:00");
        await aurelien.Claim(shift, "lea");
        await aurelien.Claim(later, "lea");

        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        var card = Page.Locator($"#mine-list [data-shift-id='{shift}']");
        // Friday's shift cannot be started yet: no "Commencer" there.
        await Expect(Page.Locator($"#mine-list [data-shift-id='{later}']").GetByRole(AriaRole.Button, new() { Name = "Commencer" })).ToHaveCountAsync(0);
        await card.GetByRole(AriaRole.Button, new() { Name = "Commencer" }).ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-status", "started");
        await Expect(card).ToContainTextAsync("En cours depuis 10 h");
        await card.GetByRole(AriaRole.Button, new() { Name = "Fin du service" }).ClickAsync();
        await Expect(card).ToHaveCountAsync(0);

        var ended = (await aurelien.GetFromJsonAsync<JsonObject>($"api/sites/casaco/shifts/{shift}"))!;
        Assert.Equal("ended", ended["status"]!.GetValue<string>());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_claim_tapped_offline_that_someone_else_took_meanwhile_shows_the_servers_refusal()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Page.OpenTab("Cette semaine");
        await Expect(Page.OpenShift(shift).Locator(".fit-ok")).ToBeVisibleAsync();

        await Context.SetOfflineAsync(true);
        await Page.OpenShift(shift).GetByRole(AriaRole.Button, new() { Name = "Prendre" }).ClickAsync();
        var queued = Page.Locator("#outbox .outbox-item");
        await Expect(queued).ToHaveAttributeAsync("data-state", "waiting");
        using var samir = await Server.SignedIn("samir");
        await samir.Claim(shift);
        // What the server says to anyone who claims it now.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/sites/casaco/shifts/{shift}/claim")
        {
            Content = JsonContent.Create(new { commandId = Guid.NewGuid().ToString("N") }),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");
        var refusal = (await (await aurelien.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>();

        await Context.SetOfflineAsync(false);
        await Expect(queued).ToHaveAttributeAsync("data-state", "refused");
        await Expect(queued).ToContainTextAsync("Refusé : " + refusal);
        await Expect(Page.OpenShift(shift)).ToHaveCountAsync(0);
        Assert.Equal("samir", (await aurelien.GetFromJsonAsync<JsonObject>($"api/sites/casaco/shifts/{shift}"))!["holder"]!.GetValue<string>());

        await Page.GetByRole(AriaRole.Button, new() { Name = "Effacer la liste" }).ClickAsync();
        await Expect(Page.Locator("#outbox")).ToBeHiddenAsync();
        Assert.Empty(ScriptErrors);
    }
}
