using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>A tap made through a dropped network waits, is sent when the network is back, and counts once.</summary>
public sealed class OfflineClaimTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_claim_tapped_offline_waits_then_is_sent_on_reconnection_shows_accepted_and_is_applied_once()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Page.OpenTab("Cette semaine");
        var card = Page.OpenShift(shift);
        await Expect(card.Locator(".fit-ok")).ToBeVisibleAsync();

        await Context.SetOfflineAsync(true);
        await Expect(Page.Locator("#offline-note")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Prendre" }).ClickAsync();

        // Waiting: on the card, and in the "En attente d'envoi" list with what it was.
        await Expect(card).ToHaveAttributeAsync("data-pending", "true");
        await Expect(card.GetByRole(AriaRole.Button)).ToHaveTextAsync("En attente d'envoi");
        var queued = Page.Locator("#outbox .outbox-item");
        await Expect(queued).ToHaveCountAsync(1);
        await Expect(queued).ToHaveAttributeAsync("data-state", "waiting");
        await Expect(queued).ToContainTextAsync("Prendre le service du jeudi 3 décembre, 9 h – 13 h");
        var stored = await Page.EvaluateAsync<string>("() => localStorage.getItem('facilitation.tablet.outbox')");
        Assert.Contains("\"person\":\"lea\"", stored);
        Assert.Contains("/claim", stored);
        Assert.Equal("published", (await ShiftOf(aurelien, shift))["status"]!.GetValue<string>());

        await Context.SetOfflineAsync(false);
        await Expect(queued).ToHaveAttributeAsync("data-state", "accepted");
        await Expect(queued).ToContainTextAsync("Accepté");
        await Page.OpenTab("Maintenant");
        await Expect(Page.Locator($"#mine-list [data-shift-id='{shift}']")).ToBeVisibleAsync();

        var week = await aurelien.CurrentWeek();
        Assert.Equal(4, week["claimedHours"]!.GetValue<double>());
        var held = await ShiftOf(aurelien, shift);
        Assert.Equal("lea", held["holder"]!.GetValue<string>());
        // The journal holds one claim of this shift.
        Assert.Equal(1, await Database.Count("shift.claimed.v1", shift));
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_claim_whose_answer_was_lost_is_sent_again_with_the_same_command_id_and_applied_once()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        var shift = await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Page.OpenTab("Cette semaine");
        var card = Page.OpenShift(shift);
        await Expect(card.Locator(".fit-ok")).ToBeVisibleAsync();

        // The claim reaches the server, which applies it, but the Wi-Fi drops before the answer.
        var sent = new List<string>();
        var lost = 0;
        string? replayed = null;
        await Page.RouteAsync("**/claim", async route =>
        {
            sent.Add(JsonNode.Parse(route.Request.PostData!)!["commandId"]!.GetValue<string>());
            if (lost++ == 0)
            {
                await route.FetchAsync();
                await route.AbortAsync("internetdisconnected");
            }
            else
            {
                var answer = await route.FetchAsync();
                replayed = answer.Headers.GetValueOrDefault("idempotent-replayed");
                await route.FulfillAsync(new() { Response = answer });
            }
        });
        await card.GetByRole(AriaRole.Button, new() { Name = "Prendre" }).ClickAsync();

        var queued = Page.Locator("#outbox .outbox-item");
        await Expect(queued).ToHaveAttributeAsync("data-state", "accepted");
        Assert.True(sent.Count >= 2, $"the claim was sent {sent.Count} time(s)");
        Assert.Single(sent.Distinct());
        var week = await aurelien.CurrentWeek();
        Assert.Equal(4, week["claimedHours"]!.GetValue<double>());
        Assert.Equal(1, await Database.Count("shift.claimed.v1", shift));
        Assert.Equal("true", replayed);
        Assert.Empty(ScriptErrors);
    }

    private static async Task<JsonObject> ShiftOf(HttpClient device, string shift) =>
        (await device.GetFromJsonAsync<JsonObject>($"api/sites/casaco/shifts/{shift}"))!;
}
