using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Shifts;

/// <summary>"Would it fit?" asked before claiming: the ledger's own rule, with the reason, and nothing claimed.</summary>
public sealed class ClaimFitTests : CoManagerOnTheHost
{
    [Fact]
    public async Task A_shift_that_fits_says_so_with_the_hours_before_and_after_and_claims_nothing()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");

        var fit = await (await lea.GetAsync($"/api/sites/casaco/shifts/{shift}/fit")).Json();

        Assert.True(fit["fits"]!.GetValue<bool>());
        Assert.Equal(("lea", 0.0, 4.0, 20.0, 81.0), (fit.Text("person"), fit.Number("personHours"), fit.Number("personHoursAfter"), fit.Number("contractHours"), fit.Number("weekHoursLeft")));
        Assert.Equal("reste 81 heures", fit.Text("weekLeftText"));
        Assert.Equal(0, (await lea.Week("2027-W10")).Number("claimedHours"));
    }

    [Fact]
    public async Task A_shift_over_the_contract_says_why_in_the_words_the_claim_would_use()
    {
        var lea = await App.SignedIn("lea");
        foreach (var day in new[] { "08", "09", "10", "11", "12" }) // five mornings: Léa's 20 hours
        {
            var held = await Manager.Published($"2027-03-{day}T09:00", $"2027-03-{day}T13:00");
            Assert.Equal(HttpStatusCode.OK, (await lea.Act(held, "claim", $"claim-{day}")).StatusCode);
        }
        var saturday = await Manager.Published("2027-03-13T09:00", "2027-03-13T12:00");

        var fit = await (await lea.GetAsync($"/api/sites/casaco/shifts/{saturday}/fit")).Json();
        var claim = await (await lea.Act(saturday, "claim", "claim-13")).Json();

        Assert.False(fit["fits"]!.GetValue<bool>());
        Assert.Equal("person.contract", fit.Text("code"));
        Assert.Equal((20.0, 23.0), (fit.Number("personHours"), fit.Number("personHoursAfter")));
        Assert.Equal(claim.Text("detail"), fit.Text("reason"));
        Assert.Contains("Léa passerait à 23 h", fit.Text("reason"));
    }

    [Fact]
    public async Task A_shift_someone_else_holds_does_not_fit()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        Assert.Equal(HttpStatusCode.OK, (await (await App.SignedIn("samir")).Act(shift, "claim", "samir")).StatusCode);

        var fit = await (await (await App.SignedIn("lea")).GetAsync($"/api/sites/casaco/shifts/{shift}/fit")).Json();

        Assert.Equal((false, "shift.held"), (fit["fits"]!.GetValue<bool>(), fit.Text("code")));
    }

    [Fact]
    public async Task A_co_manager_asks_for_anyone_a_facilitator_only_for_themselves()
    {
        var shift = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await App.SignedIn("lea");

        var forSamir = await Manager.GetAsync($"/api/sites/casaco/shifts/{shift}/fit?person=samir");
        var leaForSamir = await lea.GetAsync($"/api/sites/casaco/shifts/{shift}/fit?person=samir");
        var nobody = await Manager.GetAsync($"/api/sites/casaco/shifts/{shift}/fit?person=nobody");
        var noShift = await lea.GetAsync("/api/sites/casaco/shifts/2027-W10-0badc0de/fit");

        Assert.Equal(("samir", 14.0), ((await forSamir.Json()).Text("person"), (await forSamir.Json()).Number("contractHours")));
        Assert.Equal(HttpStatusCode.Forbidden, leaForSamir.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.NotNull((await nobody.Json())["errors"]!["person"]);
        Assert.Equal(HttpStatusCode.NotFound, noShift.StatusCode);
    }
}
