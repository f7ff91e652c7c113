using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Shifts;

/// <summary>Handing a shift over (the colleague accepts), reassigning, approving and recording worked time, through the real host and journal.</summary>
public sealed class HandoverTests : HostOnAFakeClock
{
    private HttpClient _manager = null!;
    private HttpClient _lea = null!;
    private HttpClient _samir = null!;
    private string _shift = null!;

    protected override async Task ArrangeAsync()
    {
        _manager = await App.SignedIn("aurelien");
        _lea = await App.SignedIn("lea");
        _samir = await App.SignedIn("samir");
        _shift = await _manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        Assert.Equal(HttpStatusCode.OK, (await _lea.Act(_shift, "claim", "claim")).StatusCode);
    }

    [Fact]
    public async Task Lea_offers_her_shift_to_Samir_who_accepts_and_the_hours_move_with_it()
    {
        var offered = await (await _lea.Act(_shift, "handover", "offer", person: "samir")).Json();
        Assert.Equal(("lea", "samir", "Samir"), (offered.Text("holder"), offered.Text("offeredTo"), offered.Text("offeredToName")));

        var accepted = await _samir.Act(_shift, "handover/accept", "accept");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var shift = await accepted.Json();
        Assert.Equal("samir", shift.Text("holder"));
        Assert.Null(shift["offeredTo"]);
        var week = await _manager.Week("2027-W10");
        Assert.Equal((0.0, 4.0), (week.Person("lea").Number("claimedHours"), week.Person("samir").Number("claimedHours")));
        Assert.Equal("true", (await _samir.Act(_shift, "handover/accept", "accept")).Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Fact]
    public async Task A_handover_that_would_break_the_colleagues_rules_is_refused_and_the_shift_stays_with_the_holder()
    {
        // Samir (14 h a week) already holds 12 hours.
        foreach (var day in new[] { "10", "11", "12" })
        {
            var held = await _manager.Published($"2027-03-{day}T09:00", $"2027-03-{day}T13:00");
            Assert.Equal(HttpStatusCode.OK, (await _samir.Act(held, "claim", $"claim-{day}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await _lea.Act(_shift, "handover", "offer", person: "samir")).StatusCode);

        var refused = await _samir.Act(_shift, "handover/accept", "accept");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("person.contract", (await refused.Json()).Text("code"));
        var week = await _manager.Week("2027-W10");
        Assert.Equal((4.0, 12.0), (week.Person("lea").Number("claimedHours"), week.Person("samir").Number("claimedHours")));
    }

    [Fact]
    public async Task Only_the_colleague_offered_accepts_and_a_handover_needs_a_person()
    {
        Assert.Equal(HttpStatusCode.OK, (await _lea.Act(_shift, "handover", "offer", person: "samir")).StatusCode);
        var camille = await App.SignedIn("camille");

        var wrong = await camille.Act(_shift, "handover/accept", "camille-accepts");
        var noPerson = await _lea.PostAsJsonAsync($"/api/sites/casaco/shifts/{_shift}/handover", new { commandId = "offer-2" });
        var declined = await (await _samir.Act(_shift, "handover/decline", "no-thanks")).Json();

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("Ce service est proposé à Samir, pas à vous.", (await wrong.Json()).Text("detail"));
        Assert.Equal(HttpStatusCode.BadRequest, noPerson.StatusCode);
        Assert.NotNull((await noPerson.Json())["errors"]!["person"]);
        Assert.Equal("lea", declined.Text("holder"));
        Assert.Null(declined["offeredTo"]);
    }

    [Fact]
    public async Task A_co_manager_reassigns_and_approves_and_a_facilitator_cannot()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _lea.Act(_shift, "reassign", "r0", person: "samir")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _lea.Act(_shift, "approve", "a0")).StatusCode);

        var reassigned = await (await _manager.Act(_shift, "reassign", "r1", person: "samir")).Json();
        var approved = await (await _manager.Act(_shift, "approve", "a1")).Json();

        Assert.Equal("samir", reassigned.Text("holder"));
        Assert.True(approved["approved"]!.GetValue<bool>());
        var week = await _manager.Week("2027-W10");
        Assert.Equal((0.0, 4.0), (week.Person("lea").Number("claimedHours"), week.Person("samir").Number("claimedHours")));
        Assert.True(week.Shift(_shift)["approved"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_late_finish_recorded_by_a_co_manager_eats_into_the_budget()
    {
        Clock.SetUtcNow(MondayMorning.AddDays(1).AddHours(8)); // Tuesday 15:00
        var manager = await App.SignedIn("aurelien");

        var worked = await manager.PostAsJsonAsync($"/api/sites/casaco/shifts/{_shift}/worked",
            new { commandId = "worked", start = "2027-03-09T09:00", end = "2027-03-09T14:15" });
        var future = await manager.PostAsJsonAsync($"/api/sites/casaco/shifts/{_shift}/worked",
            new { commandId = "worked-2", start = "2027-03-09T09:00", end = "2027-03-09T16:00" });
        var garbage = await manager.PostAsJsonAsync($"/api/sites/casaco/shifts/{_shift}/worked", new { commandId = "worked-3", start = "demain", end = "2027-03-09T14:15" });

        Assert.Equal(HttpStatusCode.OK, worked.StatusCode);
        Assert.Equal("ended", (await worked.Json()).Text("status"));
        var week = await manager.Week("2027-W10");
        Assert.Equal(5.25, week.Person("lea").Number("workedHours"));
        Assert.Equal(5.25, week.Number("committedHours"));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("On n'enregistre que le temps déjà travaillé : la fin est dans le futur.", (await future.Json())["errors"]!["end"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.NotNull((await garbage.Json())["errors"]!["start"]);
    }
}
