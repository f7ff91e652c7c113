using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Rooms;

/// <summary>The room calls the tests make, as a person on a device would.</summary>
public static class RoomCalls
{
    public static Task<HttpResponseMessage> Book(
        this HttpClient device, string room, string commandId, string start, string end, string kind = "member", string title = "Atelier compta",
        string holder = "Nadia Benali", int? guests = 6, bool outsideGuests = false, string site = "casaco") =>
        device.PostAsJsonAsync($"/api/sites/{site}/rooms/{room}/bookings", new { commandId, start, end, kind, title, holder, guests, outsideGuests });

    public static async Task<JsonObject> Day(this HttpClient device, string date, string site = "casaco")
    {
        var response = await device.GetAsync($"/api/sites/{site}/rooms?date={date}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    public static IReadOnlyList<JsonObject> BookingsOf(this JsonObject day, string room) =>
        day["rooms"]!.AsArray().Select(r => r!.AsObject()).Single(r => r.Text("id") == room)["bookings"]!.AsArray().Select(b => b!.AsObject()).ToList();

    public static Task<HttpResponseMessage> Privatise(this HttpClient device, string commandId, string start, string end, int guests = 80, string site = "casaco") =>
        device.PostAsJsonAsync($"/api/sites/{site}/privatisations", new { commandId, start, end, title = "Mariage Dupont", holder = "Famille Dupont", guests });
}
