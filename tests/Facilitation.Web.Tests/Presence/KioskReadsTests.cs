using System.Net;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Presence;

/// <summary>
/// What the kiosk's arrival and departure screens read, with the kiosk's own session: the members
/// (to find oneself by name), the desks free now, today's presence, and the team's names and ids
/// from the site's public summary (a visitor's host may be one of them) — nothing more of the team.
/// </summary>
public sealed class KioskReadsTests : FrontDeskDay
{
    [Fact]
    public async Task The_kiosk_reads_the_members_the_desks_and_todays_presence_of_its_site()
    {
        Assert.Equal(HttpStatusCode.OK, (await CheckIn(Kiosk, "in-lucas", "lucas-petit", "poste-01")).StatusCode);

        var members = await (await Kiosk.GetAsync("/api/sites/casaco/members")).Json<JsonArray>();
        var paul = Assert.Single(members, m => m!.Text("id") == "paul-moreau")!;
        Assert.Equal(("Paul Moreau", "pass", 30), (paul.Text("name"), paul.Text("plan"), (int)paul.Number("passUnits")));

        var desks = await Desks(Kiosk);
        var free = desks["desks"]!.AsArray().Where(d => d!.Text("kind") == "nomad" && d!["occupant"] is null).Select(d => d!.Text("id")).ToList();
        Assert.DoesNotContain("poste-01", free);
        Assert.Contains("poste-02", free);

        var presence = await Kiosk.GetAsync("/api/sites/casaco/presence");
        Assert.Equal(HttpStatusCode.OK, presence.StatusCode);
        Assert.Equal("lucas-petit", Assert.Single((await presence.Json())["members"]!.AsArray())!.Text("member"));
    }

    [Fact]
    public async Task The_site_summary_gives_the_kiosk_the_teams_ids_and_names_and_nothing_else_of_them()
    {
        var site = await (await Kiosk.GetAsync("/api/sites/casaco")).Json();
        var staff = site["staff"]!.AsArray();

        Assert.Contains(staff, s => s!.Text("person") == "lea" && s!.Text("name") == "Léa");
        Assert.All(staff, s => Assert.Equal(["name", "person", "role"], s!.AsObject().Select(p => p.Key).Order()));
    }

    [Fact]
    public async Task A_kiosk_may_not_read_the_members_or_the_presence_of_another_site()
    {
        var members = await Kiosk.GetAsync("/api/sites/la-treso/members");
        var presence = await Kiosk.GetAsync("/api/sites/la-treso/presence");

        Assert.Equal(HttpStatusCode.Forbidden, members.StatusCode);
        Assert.Equal("site.other", (await members.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.Forbidden, presence.StatusCode);
    }
}
