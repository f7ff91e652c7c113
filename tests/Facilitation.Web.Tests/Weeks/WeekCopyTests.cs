using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Weeks;

/// <summary>"Copy last week" on the real host: the same shifts a week later, once, within the budget.</summary>
public sealed class WeekCopyTests : CoManagerOnTheHost
{
    private Task<HttpResponseMessage> CopyInto(HttpClient device, string week, string commandId) =>
        device.PostAsJsonAsync($"/api/sites/casaco/weeks/{week}/copy-previous", new { commandId });

    [Fact]
    public async Task Last_weeks_shifts_are_published_a_week_later_and_a_retry_or_a_second_copy_adds_nothing()
    {
        await Manager.Published("2027-03-08T09:00", "2027-03-08T13:00");
        await Manager.Published("2027-03-09T14:00", "2027-03-09T18:00", role: "logistics");

        var copy = await (await CopyInto(Manager, "2027-W11", "copy-1")).Json();
        var retry = await CopyInto(Manager, "2027-W11", "copy-1");
        var again = await (await CopyInto(Manager, "2027-W11", "copy-2")).Json();

        Assert.Equal(2, copy["published"]!.AsArray().Count);
        Assert.Equal("2027-03-15T09:00:00+01:00", copy["published"]![0]!.Text("start"));
        Assert.Equal("logistics", copy["published"]![1]!.Text("role"));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Empty(again["published"]!.AsArray());
        Assert.Equal(8, (await Manager.Week("2027-W11")).Number("publishedHours"));
    }

    [Fact]
    public async Task What_would_go_over_the_budget_is_refused_shift_by_shift_with_the_reason()
    {
        // 84 hours in W10 (twelve 7-hour shifts), and W11 already has 80: no 7-hour shift fits in the 5 left.
        for (var i = 0; i < 12; i++)
            await Manager.Published($"2027-03-{8 + i % 5:D2}T08:00", $"2027-03-{8 + i % 5:D2}T15:00", role: (i % 4) switch { 0 => "welcome", 1 => "community", 2 => "logistics", _ => "cleaning" });
        for (var i = 0; i < 8; i++)
            await Manager.Published($"2027-03-{15 + i % 5:D2}T09:00", $"2027-03-{15 + i % 5:D2}T19:00", role: i < 4 ? "community" : "cleaning");

        var copy = await (await CopyInto(Manager, "2027-W11", "copy-budget")).Json();

        Assert.Empty(copy["published"]!.AsArray());
        var refused = copy["refused"]!.AsArray();
        Assert.Equal(12, refused.Count);
        Assert.All(refused, r => Assert.Equal("week.over-budget", r!.Text("code")));
        Assert.StartsWith("La semaine passerait à 87 h", refused[0]!.Text("reason"));
    }

    [Fact]
    public async Task Only_a_co_manager_copies_and_bad_input_names_its_field()
    {
        var lea = await App.SignedIn("lea");

        Assert.Equal(HttpStatusCode.Forbidden, (await CopyInto(lea, "2027-W11", "x")).StatusCode);
        var badWeek = await CopyInto(Manager, "2027-11", "x");
        Assert.Equal(HttpStatusCode.BadRequest, badWeek.StatusCode);
        Assert.NotNull((await badWeek.Json())["errors"]!["week"]);
        var noId = await Manager.PostAsJsonAsync("/api/sites/casaco/weeks/2027-W11/copy-previous", new { });
        Assert.NotNull((await noId.Json())["errors"]!["commandId"]);
    }
}
