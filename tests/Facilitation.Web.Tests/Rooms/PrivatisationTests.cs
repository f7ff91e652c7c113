using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Rooms;

/// <summary>A privatisation of the whole site blocks every room or none, and has one set of tasks.</summary>
public sealed class PrivatisationTests : IAsyncLifetime
{
    /// <summary>Tuesday 12 January 2027, 08:00 in Paris.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 12, 8, 0, 0, TimeSpan.FromHours(1)));
    private readonly TestDatabase _database = new();
    private FacilitationApp _app = null!;
    private HttpClient _manager = null!;

    public async Task InitializeAsync()
    {
        _app = new FacilitationApp(_database, _clock);
        _manager = await _app.SignedIn("aurelien");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_privatisation_blocks_every_room_and_plans_one_set_up_one_welcome_and_one_cleaning()
    {
        var response = await _manager.Privatise("p-1", "2027-01-12T18:00", "2027-01-12T23:30");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var privatisation = await response.Json();
        Assert.Equal(8, privatisation["rooms"]!.AsArray().Count);
        var day = await _manager.Day("2027-01-12");
        foreach (var room in day["rooms"]!.AsArray())
        {
            var block = Assert.Single(day.BookingsOf(room!.Text("id")));
            Assert.Equal((privatisation.Text("id"), "privatisation", true), (block.Text("id"), block.Text("kind"), block["siteWide"]!.GetValue<bool>()));
        }
        var taken = await _manager.Book("salle-vanves", "b-1", "2027-01-12T19:00", "2027-01-12T20:00");
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);

        var again = await _manager.Privatise("p-1", "2027-01-12T18:00", "2027-01-12T23:30");
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(privatisation.Text("id"), (await again.Json()).Text("id"));

        _clock.Advance(TimeSpan.FromHours(9) + TimeSpan.FromMinutes(15)); // 17:15: the set-up appears
        _manager = await _app.SignedIn("aurelien"); // the morning's session closed after 30 idle minutes
        await Eventually.True(async () => Titles(await _manager.Tasks()).Any(t => t.StartsWith("Installer le site", StringComparison.Ordinal)), "the set-up appears");
        _clock.Advance(TimeSpan.FromMinutes(30)); // 17:45: the welcome
        await Eventually.True(async () => Titles(await _manager.Tasks()).Any(t => t.StartsWith("Accueillir", StringComparison.Ordinal)), "the welcome appears");
        var titles = Titles(await _manager.Tasks());
        Assert.Equal("Installer le site : Mariage Dupont", Assert.Single(titles, t => t.StartsWith("Installer", StringComparison.Ordinal)));
        Assert.Single(titles, t => t.StartsWith("Accueillir", StringComparison.Ordinal));
        Assert.All((await _manager.Tasks())["tasks"]!.AsArray(), t => Assert.Equal("entrance", t!.Text("place")));
    }

    [Fact]
    public async Task A_privatisation_refused_because_one_room_is_busy_leaves_no_block_behind()
    {
        var busy = await (await _manager.Book("fablab", "b-1", "2027-01-12T20:00", "2027-01-12T21:00", kind: "event", title: "Soirée impression 3D")).Json();

        var refused = await _manager.Privatise("p-1", "2027-01-12T18:00", "2027-01-12T23:30");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal(("booking.overlap", "fablab", busy.Text("id")), (problem.Text("code"), problem.Text("room"), problem.Text("booking")));
        Assert.Contains("Les Fabriqueurs", problem.Text("detail"));
        var day = await _manager.Day("2027-01-12");
        foreach (var room in day["rooms"]!.AsArray())
            Assert.All(day.BookingsOf(room!.Text("id")), b => Assert.Equal(busy.Text("id"), b.Text("id")));

        // The same command again: the same refusal, and still nothing left behind.
        var retried = await _manager.Privatise("p-1", "2027-01-12T18:00", "2027-01-12T23:30");
        Assert.Equal(HttpStatusCode.Conflict, retried.StatusCode);
        Assert.Equal(("booking.overlap", "fablab"), ((await retried.Json()).Text("code"), (await retried.Json()).Text("room")));
        Assert.Equal("2027-01-12T20:00:00+01:00", problem.Text("bookingStart"));

        // Once the fablab is free, the same command id still cannot become a privatisation: it was refused.
        Assert.Equal(HttpStatusCode.OK, (await _manager.PostAsJsonAsync($"/api/sites/casaco/rooms/fablab/bookings/{busy.Text("id")}/cancel", new { commandId = "x-1" })).StatusCode);
        var again = await _manager.Privatise("p-1", "2027-01-12T18:00", "2027-01-12T23:30");
        Assert.Equal((HttpStatusCode.Conflict, "booking.cancelled"), (again.StatusCode, (await again.Json()).Text("code")));
        day = await _manager.Day("2027-01-12");
        Assert.All(day["rooms"]!.AsArray(), r => Assert.Empty(day.BookingsOf(r!.Text("id"))));
        Assert.Equal(HttpStatusCode.Created, (await _manager.Book("salle-vanves", "b-2", "2027-01-12T19:00", "2027-01-12T20:00")).StatusCode);
    }

    [Fact]
    public async Task A_privatisation_is_lifted_from_every_room_and_only_a_co_manager_privatises()
    {
        var id = (await (await _manager.Privatise("p-1", "2027-01-12T18:00", "2027-01-12T23:30")).Json()).Text("id");

        var lifted = await _manager.PostAsJsonAsync($"/api/sites/casaco/privatisations/{id}/cancel", new { commandId = "p-1-cancel" });

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        Assert.Equal("cancelled", (await lifted.Json()).Text("status"));
        var day = await _manager.Day("2027-01-12");
        Assert.All(day["rooms"]!.AsArray(), r => Assert.Empty(day.BookingsOf(r!.Text("id"))));
        Assert.Equal(HttpStatusCode.NotFound, (await _manager.PostAsJsonAsync("/api/sites/casaco/privatisations/0123456789/cancel", new { commandId = "c-2" })).StatusCode);

        var lea = await _app.SignedIn("lea");
        Assert.Equal(HttpStatusCode.Forbidden, (await lea.Privatise("p-2", "2027-01-13T18:00", "2027-01-13T23:00")).StatusCode);
        var tooMany = await _manager.Privatise("p-3", "2027-01-13T18:00", "2027-01-13T23:00", guests: 101);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);

        // The longest command id a client may make still gives valid per-room ids.
        var longest = new string('p', 64);
        Assert.Equal(HttpStatusCode.Created, (await _manager.Privatise(longest, "2027-01-14T18:00", "2027-01-14T23:00")).StatusCode);
        Assert.Equal("true", (await _manager.Privatise(longest, "2027-01-14T18:00", "2027-01-14T23:00")).Headers.GetValues("Idempotent-Replayed").Single());
    }

    private static List<string> Titles(System.Text.Json.Nodes.JsonObject board) =>
        board["tasks"]!.AsArray().Select(t => t!.Text("title")).ToList();
}
