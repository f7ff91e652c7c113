using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Rooms;

public sealed class ConcurrentBookingTests : CoManagerOnTheHost
{
    [Fact]
    public async Task Fifty_concurrent_bookings_of_one_slot_have_exactly_one_winner_and_49_refusals_naming_it()
    {
        var sybille = await App.SignedIn("sybille");

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var device = i % 2 == 0 ? Manager : sybille;
            var response = await device.Book("salle-montparnasse", $"race-{i}", "2027-01-12T10:00", $"2027-01-12T11:{i:00}", title: $"Réunion {i}");
            return (response.StatusCode, Body: await response.Json());
        }));

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var losers = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(49, losers.Count);
        Assert.All(losers, l =>
        {
            Assert.Equal(HttpStatusCode.Conflict, l.StatusCode);
            Assert.Equal(("booking.overlap", winner.Body.Text("id")), (l.Body.Text("code"), l.Body.Text("booking")));
        });
        Assert.Single((await Manager.Day("2027-01-12")).BookingsOf("salle-montparnasse"));
    }
}
