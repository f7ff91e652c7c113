using System.Net;
using System.Net.Http.Json;

namespace Facilitation.Browser.Tests.Rooms;

/// <summary>Bookings made through the API by someone on their own device, for the page to show.</summary>
public static class RoomBookings
{
    public static async Task<string> Book(
        this HttpClient device, string room, string start, string end, string title, string holder, int guests, string kind = "member", string site = "casaco")
    {
        var response = await device.PostAsJsonAsync($"api/sites/{site}/rooms/{room}/bookings",
            new { commandId = Guid.NewGuid().ToString("N"), start, end, kind, title, holder, guests, outsideGuests = false });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"booking answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
    }
}
