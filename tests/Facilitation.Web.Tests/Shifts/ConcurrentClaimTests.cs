using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Shifts;

public sealed class ConcurrentClaimTests
{
    [Fact]
    public async Task Fifty_concurrent_claims_of_one_shift_have_exactly_one_winner_and_49_refusals_naming_the_holder()
    {
        using var database = new TestDatabase();
        using var staff = new LargeStaff(50);
        await using var app = new FacilitationApp(database, staffFolder: staff.Folder);
        var manager = await app.SignedIn("aurelien");
        var shift = await manager.Published("2027-03-09T09:00", "2027-03-09T13:00");

        var devices = await Task.WhenAll(staff.People.Select(async person =>
        {
            var device = app.Device();
            var signIn = await device.PostAsJsonAsync("/api/session", new { site = "casaco", person, pin = LargeStaff.Pin });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            return (person, device);
        }));

        var answers = await Task.WhenAll(devices.Select(async d =>
        {
            var response = await d.device.Act(shift, "claim", Calls.NewId());
            return (d.person, response.StatusCode, Body: await response.Json());
        }));

        var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        var winner = Assert.Single(winners);
        var losers = answers.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(49, losers.Count);
        Assert.All(losers, loser =>
        {
            Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
            Assert.Equal("shift.held", loser.Body.Text("code"));
            Assert.Equal(winner.person, loser.Body.Text("person"));
            Assert.Contains($"Facilitateur {winner.person}", loser.Body.Text("detail"));
        });

        var week = await manager.Week("2027-W10");
        Assert.Equal(winner.person, week.Shift(shift).Text("holder"));
        Assert.Equal(4, week.Number("claimedHours"));
    }
}
