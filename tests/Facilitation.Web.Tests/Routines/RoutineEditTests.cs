using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Routines;

/// <summary>Co-managers edit routines and closures over the API; each edit reschedules Quartz at once and persists.</summary>
public sealed class RoutineEditTests
{
    private static readonly DateTimeOffset MondayBefore = new(2026, 2, 23, 7, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task A_new_rule_takes_effect_without_a_restart_and_survives_one()
    {
        using var database = new TestDatabase();
        var clock = new FakeTimeProvider(MondayBefore);
        await using (var app = RoutineHost.Start(database, clock))
        {
            var manager = await app.SignedIn("aurelien");
            await manager.KeepOnlyTheMembersDay();
            var body = (await manager.Routine("journee-des-membres")).Body();
            body["rule"] = "monthly 3 thu 10:00";
            body["leadHours"] = 48;
            var put = await manager.PutAsJsonAsync("/api/sites/casaco/routines/journee-des-membres", body);
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);

            // The third Thursday of March 2026 is the 19th, prepared two days before.
            Assert.Equal(DateTimeOffset.Parse("2026-03-17T10:00:00+01:00"), await manager.NextFire("journee-des-membres"));
            clock.SetUtcNow(DateTimeOffset.Parse("2026-03-17T10:00:00+01:00"));
            manager = await app.SignedIn("aurelien");
            await Eventually.True(async () => (await manager.Week("2026-W12")).Number("publishedHours") == 7.5, "the round of 19 March prepared");
            Assert.Equal(0, (await manager.Week("2026-W10")).Number("publishedHours"));
        }

        await using var restarted = RoutineHost.Start(database, clock);
        var again = await restarted.SignedIn("aurelien");
        var routine = await again.Routine("journee-des-membres");
        Assert.Equal("monthly 3 thu 10:00", routine.Text("rule"));
        // Restarted inside the round's window, the round is prepared again at once (harmless: derived
        // ids), and only then is the next round's trigger set.
        await Eventually.True(async () => await again.NextFire("journee-des-membres") == DateTimeOffset.Parse("2026-04-14T10:00:00+02:00"),
            "the next round, third Thursday of April, prepared two days before");
    }

    [Fact]
    public async Task A_closure_skips_the_round_and_lifting_it_brings_the_round_back()
    {
        using var database = new TestDatabase();
        var clock = new FakeTimeProvider(MondayBefore);
        await using var app = RoutineHost.Start(database, clock);
        var manager = await app.SignedIn("aurelien");

        var closed = await manager.PostAsJsonAsync("/api/sites/casaco/closures", new { day = "2026-03-05" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("2026-03-05", (await closed.Json())["closures"]![0]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse("2026-03-26T10:00:00+01:00"), await manager.NextFire("journee-des-membres"));

        Assert.Equal(HttpStatusCode.OK, (await manager.DeleteAsync("/api/sites/casaco/closures?day=2026-03-05")).StatusCode);
        Assert.Equal(DateTimeOffset.Parse("2026-02-26T10:00:00+01:00"), await manager.NextFire("journee-des-membres"));
    }

    [Fact]
    public async Task Bad_input_names_its_field_an_unknown_routine_is_404_and_only_co_managers_edit()
    {
        using var database = new TestDatabase();
        await using var app = RoutineHost.Start(database, new FakeTimeProvider(MondayBefore));
        var manager = await app.SignedIn("aurelien");
        var lea = await app.SignedIn("lea");
        var body = (await manager.Routine("journee-des-membres")).Body();

        body["rule"] = "every first thursday";
        var badRule = await manager.PutAsJsonAsync("/api/sites/casaco/routines/journee-des-membres", body);
        Assert.Equal(HttpStatusCode.BadRequest, badRule.StatusCode);
        Assert.NotNull((await badRule.Json())["errors"]!["rule"]);

        body["rule"] = "monthly 1 thu 10:00";
        body["room"] = "grenier";
        Assert.NotNull((await (await manager.PutAsJsonAsync("/api/sites/casaco/routines/journee-des-membres", body)).Json())["errors"]!["room"]);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/sites/casaco/routines/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.DeleteAsync("/api/sites/casaco/closures?day=2026-12-24")).StatusCode);
        var badDay = await manager.PostAsJsonAsync("/api/sites/casaco/closures", new { day = "24/12/2026" });
        Assert.NotNull((await badDay.Json())["errors"]!["day"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await lea.GetAsync("/api/sites/casaco/routines")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lea.PostAsJsonAsync("/api/sites/casaco/closures", new { day = "2026-12-24" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lea.GetAsync("/api/sites/casaco/routines/upcoming")).StatusCode);
    }

    [Fact]
    public async Task Staff_see_what_is_coming_the_members_day_with_its_local_time()
    {
        using var database = new TestDatabase();
        await using var app = RoutineHost.Start(database, new FakeTimeProvider(MondayBefore));
        var lea = await app.SignedIn("lea");

        var coming = await (await lea.GetAsync("/api/sites/casaco/routines/upcoming")).Json<System.Text.Json.Nodes.JsonArray>();

        var members = coming.Single(c => c!.Text("routine") == "journee-des-membres")!;
        Assert.Equal("2026-03-05T10:00:00+01:00", members.Text("start"));
        Assert.Equal("members-day", members.Text("kind"));
        Assert.DoesNotContain(coming, c => c!.Text("kind") == "opening-round");
        Assert.Equal("mardi-de-casaco", coming[0]!.Text("routine")); // Tuesday 24 February comes first
    }

    [Fact]
    public async Task A_first_start_inside_a_preparation_window_prepares_the_coming_members_day_at_once()
    {
        using var database = new TestDatabase();
        // Sunday 1 March 2026: the members' day of Thursday 5 March should have been prepared on 26 February.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var app = RoutineHost.Start(database, clock);
        var manager = await app.SignedIn("aurelien");

        await Eventually.True(async () => (await manager.Week("2026-W10")).Number("publishedHours") == 7.5, "the coming members' day prepared");
        await Eventually.True(async () => await manager.NextFire("journee-des-membres") == DateTimeOffset.Parse("2026-03-26T10:00:00+01:00"), "then April's");
        Assert.Equal(3, (await manager.Week("2026-W10"))["shifts"]!.AsArray().Count);
    }
}
