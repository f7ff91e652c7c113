using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>What a co-manager or a facilitator does through the API, on their own device.</summary>
public static class Api
{
    /// <summary>Publishes a shift (times in the site's local time, "2026-12-02T11:00") and gives its id.</summary>
    public static async Task<string> Publish(this HttpClient device, string role, string start, string end, string site = "casaco")
    {
        var response = await device.PostAsJsonAsync($"api/sites/{site}/shifts", new { commandId = NewId(), role, start, end });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"publish answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await Json(response))["id"]!.GetValue<string>();
    }

    /// <summary>Claims a shift, for oneself or (a co-manager) for someone else.</summary>
    public static async Task Claim(this HttpClient device, string shift, string? person = null, string site = "casaco")
    {
        var response = await device.PostAsJsonAsync($"api/sites/{site}/shifts/{shift}/claim",
            person is null ? (object)new { commandId = NewId() } : new { commandId = NewId(), person });
        Assert.True(response.IsSuccessStatusCode, $"claim answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The current week as the API gives it (in French unless told otherwise).</summary>
    public static async Task<JsonObject> CurrentWeek(this HttpClient device, string site = "casaco", string language = "fr")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/sites/{site}/weeks/current");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await device.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json(response);
    }

    /// <summary>Raises a front-desk request (as the kiosk or a member of staff) and gives the task's id.</summary>
    public static async Task<string> RaiseRequest(
        this HttpClient device, string category, string place, string? text = null, string? name = null, string site = "casaco")
    {
        var response = await device.PostAsJsonAsync($"api/sites/{site}/requests", new { commandId = NewId(), category, text, name, place });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"request answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await Json(response))["id"]!.GetValue<string>();
    }

    /// <summary>"I'm on it": claims a task for oneself.</summary>
    public static async Task ClaimTask(this HttpClient device, string task, string site = "casaco")
    {
        var response = await device.PostAsJsonAsync($"api/sites/{site}/tasks/{task}/claim", new { commandId = NewId() });
        Assert.True(response.IsSuccessStatusCode, $"task claim answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The task board as the API gives it: {nobodyOnShift, onShift, tasks}.</summary>
    public static async Task<JsonObject> TaskBoard(this HttpClient device, string site = "casaco")
    {
        var response = await device.GetAsync($"api/sites/{site}/tasks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json(response);
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    private static string NewId() => Guid.NewGuid().ToString("N");
}
