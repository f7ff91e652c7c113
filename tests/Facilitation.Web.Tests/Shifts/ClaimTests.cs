using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Shifts;

public sealed class ClaimTests : CoManagerOnTheHost
{
    [Fact]
    public async Task A_claim_gives_the_shift_to_the_facilitator_and_counts_their_hours()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");

        var response = await lea.Act(shift, "claim", "lea-claims");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claimed = await response.Json();
        Assert.Equal("claimed", claimed.Text("status"));
        Assert.Equal("lea", claimed.Text("holder"));
        Assert.Equal("Léa", claimed.Text("holderName"));
        var week = await lea.Week("2027-W10");
        Assert.Equal(4, week.Person("lea").Number("claimedHours"));
        Assert.Equal(16, week.Person("lea").Number("leftHours"));
        Assert.Equal(4, week.Number("claimedHours"));
    }

    [Fact]
    public async Task A_retried_claim_isApplied_once_and_answered_as_the_first_time()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");

        var first = await lea.Act(shift, "claim", "same-claim");
        var retry = await lea.Act(shift, "claim", "same-claim");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Json()).Canonical(), (await retry.Json()).Canonical());
        var week = await lea.Week("2027-W10");
        Assert.Equal(4, week.Person("lea").Number("claimedHours"));
        Assert.Equal(1, week.Person("lea").Number("shifts"));
    }

    [Fact]
    public async Task A_claim_over_the_contract_is_refused_with_the_rule_and_the_figures()
    {
        var monday = await Manager.Published("2027-03-08T09:00", "2027-03-08T15:00");
        var tuesday = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var claire = await App.SignedIn("claire"); // 8 h contract

        Assert.Equal(HttpStatusCode.OK, (await claire.Act(monday, "claim", "c1")).StatusCode);
        var refused = await claire.Act(tuesday, "claim", "c2");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("person.contract", problem.Text("code"));
        Assert.Equal(10, problem.Number("wouldHours"));
        Assert.Equal(8, problem.Number("limitHours"));
        Assert.Equal("Claire passerait à 10 h cette semaine, au-delà des 8 h de son contrat.", problem.Text("detail"));
        var week = await claire.Week("2027-W10");
        Assert.Equal("published", week.Shift(tuesday).Text("status"));
        Assert.Equal(6, week.Person("claire").Number("claimedHours"));
    }

    [Fact]
    public async Task A_claim_making_a_day_longer_than_ten_hours_is_refused()
    {
        var morning = await Manager.Published("2027-03-09T07:00", "2027-03-09T13:00");
        var afternoon = await Manager.Published("2027-03-09T13:30", "2027-03-09T19:00");
        var lea = await App.SignedIn("lea");

        await lea.Act(morning, "claim", "m");
        var refused = await lea.Act(afternoon, "claim", "a");

        var problem = await refused.Json();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("person.daily-work", problem.Text("code"));
        Assert.Equal("2027-03-09", problem.Text("day"));
        Assert.Equal("Léa travaillerait 11 h 30 le mardi 9 mars, la limite est de 10 h par jour.", problem.Text("detail"));
    }

    [Fact]
    public async Task A_claim_leaving_less_than_eleven_hours_of_rest_is_refused()
    {
        var evening = await Manager.Published("2027-03-09T18:00", "2027-03-09T22:00");
        var nextMorning = await Manager.Published("2027-03-10T07:00", "2027-03-10T10:00");
        var samir = await App.SignedIn("samir");

        await samir.Act(evening, "claim", "e");
        var refused = await samir.Act(nextMorning, "claim", "n");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("person.daily-rest", problem.Text("code"));
        Assert.Equal(11, problem.Number("limitHours"));
        Assert.Equal(evening, problem.Text("otherShift"));
    }

    [Fact]
    public async Task Overlapping_shifts_cannot_be_held_by_one_person()
    {
        var first = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var second = await Manager.Published("2027-03-09T12:00", "2027-03-09T14:00", role: "logistics");
        var lea = await App.SignedIn("lea");

        await lea.Act(first, "claim", "1");
        var refused = await lea.Act(second, "claim", "2");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("person.overlap", (await refused.Json()).Text("code"));
    }

    [Fact]
    public async Task A_facilitator_claims_only_for_themselves_but_a_coManager_may_assign()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");

        var forSomeoneElse = await lea.Act(shift, "claim", "for-samir", person: "samir");
        var assigned = await Manager.Act(shift, "claim", "assign-samir", person: "samir");

        Assert.Equal(HttpStatusCode.Forbidden, forSomeoneElse.StatusCode);
        Assert.Equal("role.co-manager-only", (await forSomeoneElse.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal("samir", (await assigned.Json()).Text("holder"));
    }

    [Fact]
    public async Task Only_the_holder_or_a_coManager_releases_and_the_hours_come_back()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");
        var samir = await App.SignedIn("samir");
        await lea.Act(shift, "claim", "lea-claim");

        var bySamir = await samir.Act(shift, "release", "samir-release");
        var byLea = await lea.Act(shift, "release", "lea-release");

        Assert.Equal(HttpStatusCode.Forbidden, bySamir.StatusCode);
        Assert.Equal("shift.not-holder", (await bySamir.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.OK, byLea.StatusCode);
        var week = await lea.Week("2027-W10");
        Assert.Equal("published", week.Shift(shift).Text("status"));
        Assert.Equal(0, week.Person("lea").Number("claimedHours"));
        Assert.Equal(HttpStatusCode.OK, (await samir.Act(shift, "claim", "samir-claim")).StatusCode);
    }

    [Fact]
    public async Task A_cancelled_shift_gives_its_hours_back_to_the_budget()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");
        await lea.Act(shift, "claim", "claim");

        var byLea = await lea.Act(shift, "cancel", "lea-cancel");
        var byManager = await Manager.Act(shift, "cancel", "cancel");

        Assert.Equal(HttpStatusCode.Forbidden, byLea.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        var week = await lea.Week("2027-W10");
        Assert.Equal("cancelled", week.Shift(shift).Text("status"));
        Assert.Equal(85, week.Number("leftHours"));
        Assert.Equal(0, week.Person("lea").Number("claimedHours"));
        Assert.Equal(HttpStatusCode.Conflict, (await lea.Act(shift, "claim", "again")).StatusCode);
    }

    [Theory]
    [InlineData("2027-W10-zzzzzzzz")]
    [InlineData("2027-W10-0000000")]
    [InlineData("nonsense")]
    [InlineData("2027-W10-00000000")]
    public async Task A_claim_of_an_unknown_shift_is_a_404(string shift)
    {
        var lea = await App.SignedIn("lea");

        var response = await lea.Act(shift, "claim", "unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("shift.not-found", (await response.Json()).Text("code"));
    }

    [Theory]
    [InlineData("{\"commandId\": 12}", "commandId")]
    [InlineData("{\"commandId\": \"abc", "commandId")]
    [InlineData("{}", "commandId")]
    [InlineData("{\"commandId\": \"ok\", \"person\": \"<script>\"}", "person")]
    [InlineData("{\"commandId\": \"ok\", \"person\": \"nobody\"}", "person")]
    public async Task An_unreadable_or_invalid_claim_is_a_400_naming_the_field(string body, string field)
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");

        var response = await Manager.PostAsync($"/api/sites/casaco/shifts/{shift}/claim", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Json();
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.Canonical());
        Assert.Equal("published", (await Manager.Week("2027-W10")).Shift(shift).Text("status"));
    }
}
