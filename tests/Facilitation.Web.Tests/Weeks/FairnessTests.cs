using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Weeks;

/// <summary>The week's fairness on the real host: shares by contract, coverage, and who to offer each open shift to first.</summary>
public sealed class FairnessTests : CoManagerOnTheHost
{
    [Fact]
    public async Task Each_person_has_a_share_by_contract_and_open_shifts_go_first_to_the_least_covered()
    {
        var lea = await App.SignedIn("lea");
        var held = await Manager.Published("2027-03-08T09:00", "2027-03-08T13:00");
        Assert.Equal(HttpStatusCode.OK, (await lea.Act(held, "claim", "c1")).StatusCode);
        var open = await Manager.Published("2027-03-09T09:00", "2027-03-09T13:00");

        var fairness = await (await lea.GetAsync("/api/sites/casaco/weeks/2027-W10/fairness")).Json();

        var people = fairness["people"]!.AsArray();
        Assert.Equal(9, people.Count);
        var leaShare = people.Single(p => p!.Text("person") == "lea")!;
        Assert.Equal((4.0, 10.97), (leaShare.Number("heldHours"), Math.Round(leaShare.Number("shareHours"), 2)));
        Assert.Equal("6 h 58 sous sa part", leaShare.Text("gapText"));
        Assert.Equal("lea", people[^1]!.Text("person"));
        var offer = fairness["offers"]!.AsArray().Single()!;
        Assert.Equal(open, offer.Text("shift"));
        var order = offer["order"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Equal(["aurelien", "sybille"], order.Take(2).Order());
        Assert.Equal("lea", order[^1]);
    }

    [Fact]
    public async Task A_bad_week_is_a_400_naming_it()
    {
        var response = await Manager.GetAsync("/api/sites/casaco/weeks/W10/fairness");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["week"]);
    }
}
