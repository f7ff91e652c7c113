using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Presence;

/// <summary>Who may do what at the front desk: the kiosk checks people in, only co-managers assign desks, enrol and sell passes.</summary>
public sealed class DeskAndMemberAccessTests : FrontDeskDay
{
    [Fact]
    public async Task The_kiosk_may_check_in_but_not_assign_a_desk_nor_sell_a_pass_and_a_facilitator_may_not_assign_either()
    {
        var lea = await App.SignedIn("lea");

        Assert.Equal(HttpStatusCode.OK, (await CheckIn(Kiosk, "in-karim", "karim-benali", "poste-18")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CheckIn(lea, "in-lucas", "lucas-petit")).StatusCode);
        var kioskAssign = await Kiosk.PostAsJsonAsync("/api/sites/casaco/desks/poste-20/assign", new { commandId = "a-1", member = "lucas-petit" });
        var leaAssign = await lea.PostAsJsonAsync("/api/sites/casaco/desks/poste-20/assign", new { commandId = "a-2", member = "lucas-petit" });
        var kioskPass = await Kiosk.PostAsJsonAsync("/api/sites/casaco/members/paul-moreau/passes", new { commandId = "p-1" });

        Assert.Equal(HttpStatusCode.Forbidden, kioskAssign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaAssign.StatusCode);
        Assert.Equal("role.co-manager-only", (await leaAssign.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.Forbidden, kioskPass.StatusCode);
        Assert.Null(Desk(await Desks(Manager), "poste-20")["assignee"]);
    }

    [Fact]
    public async Task A_co_manager_assigns_a_resident_desk_once_then_unassigns_it_and_a_nomad_desk_is_never_assigned()
    {
        var assigned = await Manager.PostAsJsonAsync("/api/sites/casaco/desks/poste-20/assign", new { commandId = "assign-20", member = "lucas-petit" });
        var retried = await Manager.PostAsJsonAsync("/api/sites/casaco/desks/poste-20/assign", new { commandId = "assign-20", member = "lucas-petit" });
        var other = await Manager.PostAsJsonAsync("/api/sites/casaco/desks/poste-20/assign", new { commandId = "assign-20b", member = "amina-diallo" });
        var nomad = await Manager.PostAsJsonAsync("/api/sites/casaco/desks/poste-01/assign", new { commandId = "assign-01", member = "amina-diallo" });
        var unknownMember = await Manager.PostAsJsonAsync("/api/sites/casaco/desks/poste-21/assign", new { commandId = "assign-21", member = "nobody" });
        var unknownDesk = await Manager.PostAsJsonAsync("/api/sites/casaco/desks/poste-99/assign", new { commandId = "assign-99", member = "lucas-petit" });

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(("desk.assigned", "lucas-petit"), ((await other.Json()).Text("code"), (await other.Json()).Text("person")));
        Assert.Equal("desk.not-resident", (await nomad.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownDesk.StatusCode);
        Assert.Equal(("lucas-petit", "Lucas Petit"), (Desk(await Desks(Manager), "poste-20").Text("assignee"), Desk(await Desks(Manager), "poste-20").Text("assigneeName")));

        Assert.Equal(HttpStatusCode.OK, (await Manager.PostAsJsonAsync("/api/sites/casaco/desks/poste-20/unassign", new { commandId = "unassign-20" })).StatusCode);
        Assert.Null(Desk(await Desks(Manager), "poste-20")["assignee"]);
    }

    [Fact]
    public async Task A_co_manager_enrols_a_member_and_sells_them_a_pass_of_10_days_valid_6_months()
    {
        var enrolled = await Manager.PostAsJsonAsync("/api/sites/casaco/members", new { commandId = "enrol-ana", id = "ana-lopez", name = "Ana López", plan = "none" });
        var sold = await Manager.PostAsJsonAsync("/api/sites/casaco/members/ana-lopez/passes", new { commandId = "pass-ana" });
        var again = await Manager.PostAsJsonAsync("/api/sites/casaco/members", new { commandId = "enrol-ana-2", id = "ana-lopez", name = "Ana", plan = "nomad" });
        var badPlan = await Manager.PostAsJsonAsync("/api/sites/casaco/members", new { commandId = "enrol-x", id = "x", name = "X", plan = "gold" });
        var staffId = await Manager.PostAsJsonAsync("/api/sites/casaco/members", new { commandId = "enrol-lea", id = "lea", name = "Léa Membre", plan = "nomad" });
        var residentPass = await Manager.PostAsJsonAsync("/api/sites/casaco/members/jeanne-martin/passes", new { commandId = "pass-jeanne" });

        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        Assert.Equal("/api/sites/casaco/members/ana-lopez", enrolled.Headers.Location!.OriginalString);
        var ana = await sold.Json();
        Assert.Equal(("pass", 30, 10, 15, "2027-05-26"), (ana.Text("plan"), (int)ana.Number("passUnits"), (int)ana.Number("passDaysLeft"), (int)ana.Number("passHalfDaysLeft"), ana.Text("passLastDay")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("member.exists", (await again.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.BadRequest, badPlan.StatusCode);
        Assert.True((await badPlan.Json())["errors"]!["plan"] is not null);
        Assert.Equal("member.subscribed", (await residentPass.Json()).Text("code"));
        Assert.True((await staffId.Json())["errors"]!["id"] is not null);
        var list = await (await Kiosk.GetAsync("/api/sites/casaco/members")).Json<System.Text.Json.Nodes.JsonArray>();
        Assert.Contains(list, m => m!.Text("id") == "ana-lopez");
        Assert.Equal(HttpStatusCode.NotFound, (await Manager.GetAsync("/api/sites/casaco/members/nobody")).StatusCode);
    }
}
