using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>The calls the tests make, as a person on a device would.</summary>
public static class Calls
{
    public static async Task<HttpClient> SignedIn(this FacilitationApp app, string person, string site = "casaco")
    {
        var device = app.Device();
        var response = await device.PostAsJsonAsync("/api/session", new { site, person, pin = DemoStaff.Pins[person] });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return device;
    }

    public static Task<HttpResponseMessage> Publish(this HttpClient device, string commandId, string role, string start, string end, string site = "casaco") =>
        device.PostAsJsonAsync($"/api/sites/{site}/shifts", new { commandId, role, start, end });

    public static async Task<string> Published(this HttpClient device, string start, string end, string role = "welcome", string site = "casaco")
    {
        var response = await device.Publish(NewId(), role, start, end, site);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json())["id"]!.GetValue<string>();
    }

    public static Task<HttpResponseMessage> Act(this HttpClient device, string shift, string action, string commandId, string? person = null, string site = "casaco") =>
        device.PostAsJsonAsync($"/api/sites/{site}/shifts/{shift}/{action}", person is null ? (object)new { commandId } : new { commandId, person });

    public static async Task<JsonObject> Week(this HttpClient device, string week, string site = "casaco")
    {
        var response = await device.GetAsync($"/api/sites/{site}/weeks/{week}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    public static async Task<JsonObject> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<T> Json<T>(this HttpResponseMessage response) where T : JsonNode =>
        (T)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static JsonObject Shift(this JsonObject week, string id) =>
        week["shifts"]!.AsArray().Select(s => s!.AsObject()).Single(s => s["id"]!.GetValue<string>() == id);

    public static JsonObject Person(this JsonObject week, string person) =>
        week["people"]!.AsArray().Select(s => s!.AsObject()).Single(s => s["person"]!.GetValue<string>() == person);

    public static double Number(this JsonNode node, string name) => node[name]!.GetValue<double>();

    public static string Text(this JsonNode node, string name) => node[name]!.GetValue<string>();

    public static string Canonical(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    /// <summary>A co-manager signs in on a device and turns it into the site's front-desk kiosk.</summary>
    public static async Task<HttpClient> Kiosk(this FacilitationApp app, string site = "casaco", string coManager = "aurelien")
    {
        var device = await app.SignedIn(coManager, site);
        var enrolled = await device.PostAsync("/api/session/kiosk", null);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        return device;
    }

    public static Task<HttpResponseMessage> Request(this HttpClient kiosk, string commandId, string category, string place, string? text = null, string? name = null, string site = "casaco") =>
        kiosk.PostAsJsonAsync($"/api/sites/{site}/requests", new { commandId, category, text, name, place });

    public static Task<HttpResponseMessage> ActOnTask(this HttpClient device, string task, string action, string commandId, string? person = null, string site = "casaco") =>
        device.PostAsJsonAsync($"/api/sites/{site}/tasks/{task}/{action}", person is null ? (object)new { commandId } : new { commandId, person });

    /// <summary>The board as the first page answers it, with the tasks of every page (the API answers 20 at a time).</summary>
    public static async Task<JsonObject> Tasks(this HttpClient device, string site = "casaco")
    {
        var response = await device.GetAsync($"/api/sites/{site}/tasks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var board = await response.Json();
        var tasks = board["tasks"]!.AsArray();
        for (var next = board["next"]?.GetValue<string>(); next is not null;)
        {
            var page = await device.GetAsync($"/api/sites/{site}/tasks?after={Uri.EscapeDataString(next)}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var more = await page.Json();
            foreach (var task in more["tasks"]!.AsArray().ToList())
            {
                more["tasks"]!.AsArray().Remove(task);
                tasks.Add(task);
            }
            next = more["next"]?.GetValue<string>();
        }
        return board;
    }

    public static JsonObject Task(this JsonObject board, string id) =>
        board["tasks"]!.AsArray().Select(t => t!.AsObject()).Single(t => t["id"]!.GetValue<string>() == id);
}
