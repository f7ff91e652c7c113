using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Presence;

/// <summary>
/// A test class whose every test gets a fresh host on a fake clock — Friday 27 November 2026,
/// 10:00 in Malakoff, Casaco open 09:00–19:00 — its own database with the demo members, a
/// co-manager and the front-desk kiosk.
/// </summary>
public abstract class FrontDeskDay : IAsyncLifetime
{
    public static readonly DateTimeOffset FridayTen = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(1));

    protected TestDatabase Database { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(FridayTen);

    protected FacilitationApp App { get; private set; } = null!;

    protected HttpClient Manager { get; private set; } = null!;

    protected HttpClient Kiosk { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new FacilitationApp(Database, Clock, demoMembers: true);
        Manager = await App.SignedIn("aurelien");
        Kiosk = await App.Kiosk(coManager: "sybille");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Database.Dispose();
    }

    /// <summary>Moves the clock on; the co-manager's session (30 min of inactivity) is opened again on the new time.</summary>
    protected async Task Later(TimeSpan by)
    {
        Clock.Advance(by);
        Manager = await App.SignedIn("aurelien");
    }

    protected static Task<HttpResponseMessage> CheckIn(HttpClient device, string commandId, string member, string? desk = null, bool? morningOnly = null) =>
        device.PostAsJsonAsync("/api/sites/casaco/checkins", new { commandId, member, desk, morningOnly });

    protected static Task<HttpResponseMessage> CheckOut(HttpClient device, string commandId, string member) =>
        device.PostAsJsonAsync("/api/sites/casaco/checkouts", new { commandId, member });

    protected static async Task<JsonObject> Desks(HttpClient device)
    {
        var response = await device.GetAsync("/api/sites/casaco/desks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    protected static JsonObject Desk(JsonObject board, string id) =>
        board["desks"]!.AsArray().Select(d => d!.AsObject()).Single(d => d.Text("id") == id);

    protected static JsonObject Floor(JsonObject board, int floor) =>
        board["floors"]!.AsArray().Select(f => f!.AsObject()).Single(f => (int)f.Number("floor") == floor);
}
