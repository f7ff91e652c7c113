using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Presence;

/// <summary>Visitors count in the building, and their host is told: pushed to a staff host, a task for a member host.</summary>
public sealed class VisitorTests : FrontDeskDay
{
    [Fact]
    public async Task A_visitor_for_someone_on_staff_is_pushed_to_that_person_only()
    {
        await using var lea = await StaffFeed.Open(App, "lea");
        await using var samir = await StaffFeed.Open(App, "samir");

        var arrived = await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors", new { commandId = "visitor-1", name = "Marc Dupuis", host = "lea" });

        Assert.Equal(HttpStatusCode.Created, arrived.StatusCode);
        var visitor = (await arrived.Json()).Text("visitor");
        var pushed = await lea.Next("visitor-arrived");
        Assert.Equal(("Marc Dupuis", "lea", visitor), (
            pushed.GetProperty("visitor").GetProperty("name").GetString(),
            pushed.GetProperty("visitor").GetProperty("host").GetString(),
            pushed.GetProperty("visitor").GetProperty("id").GetString()));
        var counted = await samir.Next("presence-changed");
        Assert.Equal(1, counted.GetProperty("count").GetInt32());
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => samir.Next("visitor-arrived", within: TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_visitor_for_a_member_makes_one_high_priority_welcome_task_even_when_sent_twice()
    {
        var first = await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors", new { commandId = "visitor-2", name = "Nora", host = "jeanne-martin" });
        var again = await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors", new { commandId = "visitor-2", name = "Nora", host = "jeanne-martin" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((await first.Json()).Text("visitor"), (await again.Json()).Text("visitor"));
        await Eventually.True(async () => (await Manager.Tasks())["tasks"]!.AsArray().Any(t => t!.Text("title") == "Prévenir Jeanne Martin : Nora est arrivé·e à l'accueil"), "the task for the host");
        var tasks = (await Manager.Tasks())["tasks"]!.AsArray().Select(t => t!).Where(t => t.Text("title").StartsWith("Prévenir Jeanne Martin", StringComparison.Ordinal)).ToList();
        Assert.Equal("high", Assert.Single(tasks).Text("priority"));
        Assert.Equal(1, (int)(await Desks(Manager)).Number("count"));
    }

    [Fact]
    public async Task Todays_presence_lists_the_members_in_with_their_desks_and_the_visitors_with_their_hosts()
    {
        Assert.Equal(HttpStatusCode.OK, (await CheckIn(Kiosk, "in-sophie", "sophie-leroy", "poste-19")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors", new { commandId = "visitor-6", name = "Chloé", host = "sophie-leroy" })).StatusCode);

        var today = await (await Kiosk.GetAsync("/api/sites/casaco/presence")).Json();

        Assert.Equal(("2026-11-27", 2, 100), (today.Text("day"), (int)today.Number("count"), (int)today.Number("capacity")));
        var sophie = Assert.Single(today["members"]!.AsArray())!;
        Assert.Equal(("sophie-leroy", "Sophie Leroy", "poste-19"), (sophie.Text("member"), sophie.Text("name"), sophie.Text("desk")));
        var chloe = Assert.Single(today["visitors"]!.AsArray())!;
        Assert.Equal(("Chloé", "sophie-leroy", "Sophie Leroy"), (chloe.Text("name"), chloe.Text("host"), chloe.Text("hostName")));
    }

    [Fact]
    public async Task A_visitor_is_checked_out_and_bad_visitors_are_refused_naming_the_field()
    {
        var visitor = (await (await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors", new { commandId = "visitor-3", name = "Ivan", host = "samir" })).Json()).Text("visitor");

        var left = await Kiosk.PostAsJsonAsync($"/api/sites/casaco/visitors/{visitor}/checkout", new { commandId = "visitor-3-out" });
        var twice = await Kiosk.PostAsJsonAsync($"/api/sites/casaco/visitors/{visitor}/checkout", new { commandId = "visitor-3-out-2" });
        var unknown = await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors/zz/checkout", new { commandId = "visitor-x" });
        var noHost = await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors", new { commandId = "visitor-4", name = "Ivan", host = "nobody" });
        var noName = await Kiosk.PostAsJsonAsync("/api/sites/casaco/visitors", new { commandId = "visitor-5", name = " ", host = "samir" });

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal(0, (int)(await left.Json()).Number("count"));
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True((await noHost.Json())["errors"]!["host"] is not null);
        Assert.True((await noName.Json())["errors"]!["name"] is not null);
    }
}
