using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>Arrivals and departures at the kiosk, as a person does them, and what the API says of them.</summary>
public static class KioskPresence
{
    /// <summary>"Je suis membre, j'arrive", the first letters of the name, then the name's big button.</summary>
    public static async Task FindMyselfToArrive(this IPage page, string typed, string name)
    {
        await page.Choice("Je suis membre, j'arrive").ClickAsync();
        await page.Locator("#kiosk-who").FillAsync(typed);
        await page.Choice(name).ClickAsync();
        await Expect(page.Locator(".kiosk-desks")).ToBeVisibleAsync();
    }

    /// <summary>Today's presence as the API gives it: {count, members: [{member, desk}], visitors}.</summary>
    public static async Task<JsonObject> Presence(this HttpClient device, string site = "casaco")
    {
        var response = await device.GetAsync($"api/sites/{site}/presence");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>One member as the API gives them: {id, name, plan, passUnits, …}.</summary>
    public static async Task<JsonObject> Member(this HttpClient device, string member, string site = "casaco")
    {
        var response = await device.GetAsync($"api/sites/{site}/members/{member}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>A check-in made through the API, on a member of staff's device.</summary>
    public static async Task CheckIn(this HttpClient device, string member, string? desk = null, string site = "casaco")
    {
        var response = await device.PostAsJsonAsync($"api/sites/{site}/checkins", new { commandId = Guid.NewGuid().ToString("N"), member, desk });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"check-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A co-manager enrols a member on a pass that has no day on it (none sold yet, or all used).</summary>
    public static async Task EnrolOnAnEmptyPass(this HttpClient coManager, string id, string name, string site = "casaco")
    {
        var response = await coManager.PostAsJsonAsync($"api/sites/{site}/members", new { commandId = Guid.NewGuid().ToString("N"), id, name, plan = "pass" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"enrol answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
