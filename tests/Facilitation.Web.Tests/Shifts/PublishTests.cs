using System.Net;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Shifts;

public sealed class PublishTests : CoManagerOnTheHost
{
    [Fact]
    public async Task A_published_shift_is_answered_with_its_id_and_counts_in_the_week()
    {
        var response = await Manager.Publish("pub-1", "logistics", "2027-03-09T09:00", "2027-03-09T13:30");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var shift = await response.Json();
        Assert.StartsWith("2027-W10-", shift.Text("id"));
        Assert.Equal($"/api/sites/casaco/shifts/{shift.Text("id")}", response.Headers.Location!.ToString());
        Assert.Equal("published", shift.Text("status"));
        Assert.Equal("2027-03-09T09:00:00+01:00", shift.Text("start"));
        var week = await Manager.Week("2027-W10");
        Assert.Equal(4.5, week.Number("publishedHours"));
        Assert.Equal(80.5, week.Number("leftHours"));
        Assert.Equal("logistics", week.Shift(shift.Text("id")).Text("role"));
    }

    /// <summary>Seven days of 10 h, then three evenings of 4 h: 82 h of Casaco's 85 h.</summary>
    private async Task PublishEightyTwoHours()
    {
        for (var day = 8; day <= 14; day++)
            Assert.Equal(HttpStatusCode.Created, (await Manager.Publish($"day-{day}", "welcome", $"2027-03-{day:D2}T08:00", $"2027-03-{day:D2}T18:00")).StatusCode);
        for (var day = 9; day <= 11; day++)
            Assert.Equal(HttpStatusCode.Created, (await Manager.Publish($"evening-{day}", "community", $"2027-03-{day:D2}T19:00", $"2027-03-{day:D2}T23:00")).StatusCode);
    }

    [Fact]
    public async Task A_publish_that_would_take_the_week_over_its_budget_is_refused_with_the_figures()
    {
        await PublishEightyTwoHours();

        var refused = await Manager.Publish("one-too-many", "cleaning", "2027-03-12T19:00", "2027-03-12T23:30");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("week.over-budget", problem.Text("code"));
        Assert.Equal("La semaine passerait à 86 h 30 sur 85 h d'heures payées.", problem.Text("detail"));
        Assert.Equal(86.5, problem.Number("wouldHours"));
        Assert.Equal(85, problem.Number("limitHours"));
        Assert.Equal(82, (await Manager.Week("2027-W10")).Number("publishedHours"));
    }

    [Fact]
    public async Task The_budget_can_be_filled_exactly_but_not_by_a_quarter_of_an_hour_more()
    {
        await PublishEightyTwoHours();

        var exactly = await Manager.Publish("to-85", "cleaning", "2027-03-12T19:00", "2027-03-12T22:00");
        var over = await Manager.Publish("to-85-15", "cleaning", "2027-03-13T19:00", "2027-03-13T19:15");

        Assert.Equal(HttpStatusCode.Created, exactly.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        Assert.Equal(85.25, (await over.Json()).Number("wouldHours"));
        Assert.Equal(0, (await Manager.Week("2027-W10")).Number("leftHours"));
    }

    [Fact]
    public async Task The_refusal_speaks_english_when_asked()
    {
        await PublishEightyTwoHours();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sites/casaco/shifts")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { commandId = "en", role = "welcome", start = "2027-03-12T19:00", end = "2027-03-12T23:30" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var refused = await Manager.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("Week over budget", problem.Text("title"));
        Assert.Equal("This would bring the week to 86 h 30 of 85 h paid hours.", problem.Text("detail"));
    }

    [Fact]
    public async Task A_facilitator_cannot_publish()
    {
        var lea = await App.SignedIn("lea");

        var response = await lea.Publish("lea-1", "welcome", "2027-03-09T09:00", "2027-03-09T13:00");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("role.co-manager-only", (await response.Json()).Text("code"));
        Assert.Equal(0, (await Manager.Week("2027-W10")).Number("publishedHours"));
    }

    [Theory]
    [InlineData(null, "welcome", "2027-03-09T09:00", "2027-03-09T13:00", "commandId")]
    [InlineData("x y", "welcome", "2027-03-09T09:00", "2027-03-09T13:00", "commandId")]
    [InlineData("bad-role", "barista", "2027-03-09T09:00", "2027-03-09T13:00", "role")]
    [InlineData("no-start", "welcome", null, "2027-03-09T13:00", "start")]
    [InlineData("bad-start", "welcome", "tuesday morning", "2027-03-09T13:00", "start")]
    [InlineData("reversed", "welcome", "2027-03-09T13:00", "2027-03-09T09:00", "end")]
    [InlineData("same", "welcome", "2027-03-09T13:00", "2027-03-09T13:00", "end")]
    [InlineData("spring-gap", "welcome", "2027-03-28T02:30", "2027-03-28T06:00", "start")]
    [InlineData("too-long", "welcome", "2027-03-09T07:00", "2027-03-09T18:00", "end")]
    [InlineData("year-10000", "welcome", "9999-03-09T07:00", "9999-03-09T08:00", "start")]
    public async Task Bad_input_is_refused_with_a_400_naming_the_field(string? commandId, string role, string? start, string? end, string field)
    {
        var response = await Manager.Publish(commandId!, role, start!, end!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Json();
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), $"the problem names {field}: {problem.Canonical()}");
        Assert.Equal(0, (await Manager.Week("2027-W10")).Number("publishedHours"));
    }

    [Fact]
    public async Task A_retried_publish_isApplied_once_and_answered_as_the_first_time()
    {
        var first = await Manager.Publish("retry-me", "welcome", "2027-03-09T09:00", "2027-03-09T13:00");
        var second = await Manager.Publish("retry-me", "welcome", "2027-03-09T09:00", "2027-03-09T13:00");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Json()).Text("id"), (await second.Json()).Text("id"));
        var week = await Manager.Week("2027-W10");
        Assert.Single(week["shifts"]!.AsArray());
        Assert.Equal(4, week.Number("publishedHours"));
    }

    [Fact]
    public async Task A_command_id_used_again_for_another_shift_is_refused()
    {
        await Manager.Publish("used", "welcome", "2027-03-09T09:00", "2027-03-09T13:00");

        var response = await Manager.Publish("used", "cleaning", "2027-03-09T14:00", "2027-03-09T16:00");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("command.id-reused", (await response.Json()).Text("code"));
        Assert.Equal(4, (await Manager.Week("2027-W10")).Number("publishedHours"));
    }
}
