using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Presence;

/// <summary>Members coming in and leaving through the real host: desks, passes, counts and the answers to bad requests.</summary>
public sealed class CheckInTests : FrontDeskDay
{
    [Fact]
    public async Task The_kiosk_checks_a_nomad_in_at_a_desk_and_out_again_and_the_desks_say_so()
    {
        var checkedIn = await CheckIn(Kiosk, "in-lucas", "lucas-petit", "poste-03");

        Assert.Equal(HttpStatusCode.OK, checkedIn.StatusCode);
        var answer = await checkedIn.Json();
        Assert.Equal(("poste-03", 1, 100), (answer.Text("desk"), (int)answer.Number("count"), (int)answer.Number("capacity")));
        var board = await Desks(Manager);
        Assert.Equal(("lucas-petit", "Lucas Petit"), (Desk(board, "poste-03").Text("occupant"), Desk(board, "poste-03").Text("occupantName")));
        Assert.Equal(1, (int)Floor(board, 1).Number("nomadTaken"));
        Assert.Equal(15, (int)Floor(board, 1).Number("nomadFree"));
        Assert.Equal(1, (int)board.Number("count"));

        Assert.Equal(HttpStatusCode.OK, (await CheckOut(Kiosk, "out-lucas", "lucas-petit")).StatusCode);

        board = await Desks(Manager);
        Assert.Null(Desk(board, "poste-03")["occupant"]);
        Assert.Equal((0, 0), ((int)Floor(board, 1).Number("nomadTaken"), (int)board.Number("count")));
    }

    [Fact]
    public async Task A_pass_check_in_in_the_morning_uses_a_full_day_once_even_when_sent_three_times()
    {
        var first = await CheckIn(Kiosk, "in-paul", "paul-moreau");
        var again = await Task.WhenAll(CheckIn(Kiosk, "in-paul", "paul-moreau"), CheckIn(Kiosk, "in-paul", "paul-moreau"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((3, 27), ((int)(await first.Json()).Number("charged"), (int)(await first.Json()).Number("unitsLeft")));
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(again, r => Assert.Equal("true", r.Headers.GetValues("Idempotent-Replayed").Single()));
        var paul = await (await Manager.GetAsync("/api/sites/casaco/members/paul-moreau")).Json();
        Assert.Equal((27, 9, "full"), ((int)paul.Number("passUnits"), (int)paul.Number("passDaysLeft"), paul.Text("coveredToday")));
        Assert.Equal(1, (int)(await Desks(Manager)).Number("count"));
    }

    [Fact]
    public async Task A_used_up_pass_is_refused_in_French_and_English_and_raises_one_welcome_task_even_when_retried()
    {
        // Hélène has 2 units: the morning takes them as a half-day; the afternoon would need 1 more.
        Assert.Equal(HttpStatusCode.OK, (await CheckIn(Kiosk, "in-helene-am", "helene-roux")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CheckOut(Kiosk, "out-helene-am", "helene-roux")).StatusCode);
        await Later(TimeSpan.FromHours(4)); // 14:00

        var refused = await CheckIn(Kiosk, "in-helene-pm", "helene-roux");
        var retried = await CheckIn(Kiosk, "in-helene-pm", "helene-roux");
        var english = await Kiosk.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/sites/casaco/checkins")
        {
            Content = JsonContent.Create(new { commandId = "in-helene-pm", member = "helene-roux" }),
            Headers = { { "Accept-Language", "en" } },
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("pass.exhausted", problem.Text("code"));
        Assert.Contains("n'a plus assez de jours", problem.Text("detail"));
        Assert.Equal(HttpStatusCode.Conflict, retried.StatusCode);
        Assert.Contains("has no days left", (await english.Json()).Text("detail"));
        // Théo's refusal goes to the board through the same membership after Hélène's retries: once
        // his task is there, theirs have been handled too.
        Assert.Equal(HttpStatusCode.Conflict, (await CheckIn(Kiosk, "in-theo", "theo-garnier")).StatusCode);
        await Eventually.True(async () => (await Manager.Tasks())["tasks"]!.AsArray().Any(t => t!.Text("title").Contains("Théo Garnier")), "the later task is on the board");
        var tasks = (await Manager.Tasks())["tasks"]!.AsArray().Select(t => t!).Where(t => t.Text("title").Contains("Hélène Roux")).ToList();
        var task = Assert.Single(tasks);
        Assert.Equal(("welcome", "high"), (task.Text("kind"), task.Text("priority")));
        Assert.Equal(0, (int)(await Desks(Manager)).Number("count"));
    }

    [Fact]
    public async Task A_member_without_a_plan_is_refused_and_the_front_desk_gets_a_task()
    {
        var refused = await CheckIn(Kiosk, "in-theo", "theo-garnier", "poste-04");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("member.no-plan", (await refused.Json()).Text("code"));
        await Eventually.True(async () => (await Manager.Tasks())["tasks"]!.AsArray().Any(t => t!.Text("title").Contains("Théo Garnier")), "the welcome task is on the board");
        Assert.Null(Desk(await Desks(Manager), "poste-04")["occupant"]);
    }

    [Fact]
    public async Task A_nomad_desk_taken_at_18_00_is_free_at_closing_time_without_a_check_out()
    {
        await Later(TimeSpan.FromHours(8)); // 18:00
        Assert.Equal(HttpStatusCode.OK, (await CheckIn(Kiosk, "in-amina", "amina-diallo", "poste-05")).StatusCode);
        Assert.Equal("amina-diallo", Desk(await Desks(Manager), "poste-05").Text("occupant"));

        await Later(TimeSpan.FromHours(1)); // 19:00, closing

        var board = await Desks(Manager);
        Assert.Null(Desk(board, "poste-05")["occupant"]);
        Assert.Equal(0, (int)board.Number("count"));
        var closed = await CheckIn(Kiosk, "in-lucas-late", "lucas-petit", "poste-06");
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("site.closed", (await closed.Json()).Text("code"));
    }

    [Fact]
    public async Task A_taken_desk_is_refused_naming_who_has_it_and_a_resident_desk_only_takes_its_resident()
    {
        Assert.Equal(HttpStatusCode.OK, (await CheckIn(Kiosk, "in-lucas", "lucas-petit", "poste-07")).StatusCode);

        var taken = await CheckIn(Kiosk, "in-amina", "amina-diallo", "poste-07");
        var reserved = await CheckIn(Kiosk, "in-amina-2", "amina-diallo", "poste-17");
        var resident = await CheckIn(Kiosk, "in-jeanne", "jeanne-martin", "poste-17");

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var problem = await taken.Json();
        Assert.Equal(("desk.taken", "lucas-petit"), (problem.Text("code"), problem.Text("person")));
        Assert.Contains("lucas-petit", problem.Text("detail"));
        Assert.Equal("desk.reserved", (await reserved.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.OK, resident.StatusCode);
    }

    [Fact]
    public async Task Every_bad_check_in_gets_a_problem_naming_the_field_and_never_a_500()
    {
        async Task Expect(HttpResponseMessage response, HttpStatusCode status, string? field = null)
        {
            Assert.Equal(status, response.StatusCode);
            var problem = await response.Json();
            if (field is not null) Assert.True(problem["errors"]![field] is not null, $"the problem names {field}: {problem.Canonical()}");
        }

        await Expect(await Kiosk.PostAsync("/api/sites/casaco/checkins", JsonContent.Create<object?>(null)), HttpStatusCode.BadRequest, "body");
        await Expect(await CheckIn(Kiosk, "", "lucas-petit"), HttpStatusCode.BadRequest, "commandId");
        await Expect(await CheckIn(Kiosk, "in-1", "Lucas Petit!"), HttpStatusCode.BadRequest, "member");
        await Expect(await CheckIn(Kiosk, "in-2", "lucas-petit", "poste-99"), HttpStatusCode.BadRequest, "desk");
        await Expect(await Kiosk.PostAsync("/api/sites/casaco/checkins", new StringContent("{\"commandId\": 3", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await Expect(await Kiosk.PostAsJsonAsync("/api/sites/casaco/checkins", new { commandId = "in-3", member = "lucas-petit", morningOnly = "yes" }), HttpStatusCode.BadRequest, "morningOnly");
        await Expect(await CheckIn(Kiosk, "in-4", "nobody-here"), HttpStatusCode.NotFound);
        await Expect(await Kiosk.PostAsJsonAsync("/api/sites/nowhere/checkins", new { commandId = "in-5", member = "lucas-petit" }), HttpStatusCode.NotFound);
        await Expect(await CheckOut(Kiosk, "out-1", "lucas-petit"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Device().PostAsJsonAsync("/api/sites/casaco/checkins", new { commandId = "in-6", member = "lucas-petit" })).StatusCode);
    }
}
