using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Hubs;

public sealed class StaffHubTests : CoManagerOnTheHost
{
    [Fact]
    public async Task A_shift_claimed_over_http_reaches_a_connected_facilitator_with_the_week_hours()
    {
        await using var samir = await StaffFeed.Open(App, "samir");
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var published = await samir.Next("shift-changed", m => m.GetProperty("shift").GetProperty("id").GetString() == shift);
        Assert.Equal("published", published.GetProperty("shift").GetProperty("status").GetString());

        var lea = await App.SignedIn("lea");
        Assert.Equal(HttpStatusCode.OK, (await lea.Act(shift, "claim", "claim")).StatusCode);

        var claimed = await samir.Next("shift-changed", m => m.GetProperty("shift").GetProperty("status").GetString() == "claimed");
        Assert.Equal(shift, claimed.GetProperty("shift").GetProperty("id").GetString());
        Assert.Equal("Léa", claimed.GetProperty("shift").GetProperty("holderName").GetString());
        Assert.Equal("casaco", claimed.GetProperty("site").GetString());
        var hours = await samir.Next("week-changed", m => m.GetProperty("claimedHours").GetDouble() == 4);
        Assert.Equal("2027-W10", hours.GetProperty("week").GetString());
        Assert.Equal(81, hours.GetProperty("leftHours").GetDouble());
        Assert.Equal("reste 81 heures", hours.GetProperty("leftText").GetString());
    }

    [Fact]
    public async Task A_client_of_another_site_hears_nothing_of_this_one()
    {
        await using var casaco = await StaffFeed.Open(App, "lea");
        await using var treso = await StaffFeed.Open(App, "hugo", site: "la-treso");
        var morgane = await App.SignedIn("morgane", site: "la-treso");

        await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        await casaco.Next("shift-changed");
        var tresoShift = await morgane.Published("2027-03-10T10:00", "2027-03-10T12:00", site: "la-treso");

        // Pushes reach a client in order: had Casaco's shift reached La Tréso, it would come first.
        var first = await treso.Next();
        Assert.Equal("la-treso", first.GetProperty("site").GetString());
        Assert.Equal(tresoShift, first.GetProperty("shift").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_anonymous_client_is_refused()
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => StaffFeed.Open(App, person: null));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Release_start_and_cancel_are_pushed_as_they_are_persisted()
    {
        await using var feed = await StaffFeed.Open(App, "sybille");
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");
        await lea.Act(shift, "claim", "claim");
        await lea.Act(shift, "release", "release");
        await Manager.Act(shift, "cancel", "cancel");

        foreach (var status in new[] { "published", "claimed", "published", "cancelled" })
            await feed.Next("shift-changed", m => m.GetProperty("shift").GetProperty("status").GetString() == status);
        var last = await feed.Next("week-changed", m => m.GetProperty("publishedHours").GetDouble() == 0);
        Assert.Equal(85, last.GetProperty("leftHours").GetDouble());
    }
}
