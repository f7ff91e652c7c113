using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Rooms;

/// <summary>Booking, moving and cancelling a room through the API, and every bad request answered as a problem naming what is wrong.</summary>
public sealed class RoomBookingTests : CoManagerOnTheHost
{
    private const string Vanves = "salle-vanves";

    [Fact]
    public async Task A_booking_is_created_shows_in_the_rooms_day_moves_and_is_cancelled()
    {
        var created = await Manager.Book(Vanves, "b-1", "2027-01-12T10:00", "2027-01-12T12:00", kind: "client", guests: 8);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var booking = await created.Json();
        var id = booking.Text("id");
        Assert.Equal($"/api/sites/casaco/rooms/{Vanves}/bookings/{id}", created.Headers.Location!.ToString());
        Assert.Equal(("client", "Atelier compta", "Nadia Benali", "Salle Vanves", "live", "Aurélien"),
            (booking.Text("kind"), booking.Text("title"), booking.Text("holder"), booking.Text("roomName"), booking.Text("status"), booking.Text("bookedByName")));
        Assert.Equal(8, booking["guests"]!.GetValue<int>());
        Assert.Equal("2027-01-12T10:00:00+01:00", booking.Text("start"));

        var day = await Manager.Day("2027-01-12");
        Assert.Equal(("2027-01-12", "09:00", "22:00"), (day.Text("date"), day.Text("opens"), day.Text("closes")));
        Assert.Equal(8, day["rooms"]!.AsArray().Count);
        Assert.Equal(id, Assert.Single(day.BookingsOf(Vanves)).Text("id"));
        Assert.Empty((await Manager.Day("2027-01-13")).BookingsOf(Vanves));

        var moved = await Manager.PostAsJsonAsync($"/api/sites/casaco/rooms/{Vanves}/bookings/{id}/move", new { commandId = "m-1", start = "2027-01-12T14:00", end = "2027-01-12T15:30" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal((id, "2027-01-12T14:00:00+01:00"), ((await moved.Json()).Text("id"), (await moved.Json()).Text("start")));

        var cancelled = await Manager.PostAsJsonAsync($"/api/sites/casaco/rooms/{Vanves}/bookings/{id}/cancel", new { commandId = "x-1" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.Json()).Text("status"));
        Assert.Empty((await Manager.Day("2027-01-12")).BookingsOf(Vanves));

        var oneRoom = await Manager.GetAsync($"/api/sites/casaco/rooms/{Vanves}/bookings?date=2027-01-12");
        Assert.Equal(HttpStatusCode.OK, oneRoom.StatusCode);
        Assert.Equal(Vanves, (await oneRoom.Json()).Text("id"));
    }

    [Fact]
    public async Task An_overlapping_booking_is_a_409_naming_the_booking_in_the_way_in_french_and_english()
    {
        var first = await (await Manager.Book(Vanves, "b-1", "2027-01-12T10:00", "2027-01-12T12:00", title: "Réunion SCIC")).Json();

        var refused = await Manager.Book(Vanves, "b-2", "2027-01-12T11:00", "2027-01-12T13:00");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal(("booking.overlap", first.Text("id"), "Réunion SCIC", Vanves), (problem.Text("code"), problem.Text("booking"), problem.Text("bookingTitle"), problem.Text("room")));
        Assert.Equal($"Salle Vanves est déjà réservée le mardi 12 janvier de 10:00 à 12:00 : « Réunion SCIC » ({first.Text("id")}).", problem.Text("detail"));

        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/sites/casaco/rooms/{Vanves}/bookings")
        {
            Content = JsonContent.Create(new { commandId = "b-3", start = "2027-01-12T11:30", end = "2027-01-12T12:30", kind = "member", title = "x", holder = "y", guests = 2 }),
        };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await (await Manager.SendAsync(english)).Json();
        Assert.Equal($"Salle Vanves is already booked on Tuesday 12 January from 10:00 to 12:00: « Réunion SCIC » ({first.Text("id")}).", inEnglish.Text("detail"));

        Assert.Single((await Manager.Day("2027-01-12")).BookingsOf(Vanves));
    }

    [Fact]
    public async Task Back_to_back_bookings_are_fine()
    {
        Assert.Equal(HttpStatusCode.Created, (await Manager.Book(Vanves, "b-1", "2027-01-12T10:00", "2027-01-12T11:00")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Manager.Book(Vanves, "b-2", "2027-01-12T11:00", "2027-01-12T12:00")).StatusCode);
    }

    [Fact]
    public async Task A_repeat_gets_the_same_answer_marked_replayed_and_books_nothing_more()
    {
        var first = await Manager.Book(Vanves, "b-1", "2027-01-12T10:00", "2027-01-12T12:00");
        var again = await Manager.Book(Vanves, "b-1", "2027-01-12T10:00", "2027-01-12T12:00");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Json()).Canonical(), (await again.Json()).Canonical());
        Assert.Single((await Manager.Day("2027-01-12")).BookingsOf(Vanves));

        var reused = await Manager.Book(Vanves, "b-1", "2027-01-12T15:00", "2027-01-12T16:00");
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal("command.id-reused", (await reused.Json()).Text("code"));
    }

    [Fact]
    public async Task A_facilitator_books_for_a_member_but_not_for_a_client()
    {
        var lea = await App.SignedIn("lea");

        Assert.Equal(HttpStatusCode.Created, (await lea.Book(Vanves, "b-1", "2027-01-12T10:00", "2027-01-12T11:00", kind: "member")).StatusCode);
        var refused = await lea.Book(Vanves, "b-2", "2027-01-12T14:00", "2027-01-12T15:00", kind: "client");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("role.co-manager-only", (await refused.Json()).Text("code"));
    }

    [Theory]
    [InlineData("2027-01-12T12:00", "2027-01-12T10:00", "member", 4, "end")]
    [InlineData("demain", "2027-01-12T10:00", "member", 4, "start")]
    [InlineData("2027-03-28T02:30", "2027-03-28T04:00", "member", 4, "start")]
    [InlineData("2027-01-12T10:00", "2027-01-12T12:00", "party", 4, "kind")]
    [InlineData("2027-01-12T10:00", "2027-01-12T12:00", "member", 9, "guests")]
    [InlineData("2027-01-12T10:00", "2027-01-12T12:00", "member", 0, "guests")]
    [InlineData("2027-01-12T10:00", "2027-01-14T12:00", "member", 4, "end")]
    [InlineData("2020-01-12T10:00", "2020-01-12T12:00", "member", 4, "end")]
    public async Task A_bad_request_is_a_400_naming_the_field(string start, string end, string kind, int guests, string field)
    {
        var response = await Manager.Book(Vanves, Calls.NewId(), start, end, kind: kind, guests: guests);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey(field), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_fields_an_empty_body_and_broken_json_are_400s_too()
    {
        var missing = await Manager.PostAsJsonAsync($"/api/sites/casaco/rooms/{Vanves}/bookings", new { start = "2027-01-12T10:00" });
        var errors = (await missing.Json())["errors"]!.AsObject();
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        foreach (var field in new[] { "commandId", "end", "kind", "title", "holder", "guests" }) Assert.True(errors.ContainsKey(field), field);

        var broken = await Manager.PostAsync($"/api/sites/casaco/rooms/{Vanves}/bookings", new StringContent("{\"guests\": \"many\"", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        var badDate = await Manager.GetAsync("/api/sites/casaco/rooms?date=12/01/2027");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True((await badDate.Json())["errors"]!.AsObject().ContainsKey("date"));
    }

    [Fact]
    public async Task Unknown_rooms_and_bookings_are_404s()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Manager.Book("salle-inconnue", "b-1", "2027-01-12T10:00", "2027-01-12T12:00")).StatusCode);
        var notABooking = await Manager.PostAsJsonAsync($"/api/sites/casaco/rooms/{Vanves}/bookings/pas-un-id/cancel", new { commandId = "x-1" });
        Assert.Equal(HttpStatusCode.NotFound, notABooking.StatusCode);
        var unknown = await Manager.PostAsJsonAsync($"/api/sites/casaco/rooms/{Vanves}/bookings/0123456789/cancel", new { commandId = "x-2" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("booking.not-found", (await unknown.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.NotFound, (await Manager.GetAsync("/api/sites/casaco/rooms/salle-inconnue/bookings")).StatusCode);
    }

    [Fact]
    public async Task A_connected_screen_hears_of_a_booking()
    {
        await using var feed = await StaffFeed.Open(App, "lea");

        var id = (await (await Manager.Book(Vanves, "b-1", "2027-01-12T10:00", "2027-01-12T12:00")).Json()).Text("id");

        var pushed = await feed.Next("room-changed");
        Assert.Equal((Vanves, id, "live"), (pushed.GetProperty("room").GetString(), pushed.GetProperty("booking").GetProperty("id").GetString(),
            pushed.GetProperty("booking").GetProperty("status").GetString()));
    }
}
