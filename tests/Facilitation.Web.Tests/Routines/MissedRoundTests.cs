using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Routines;

/// <summary>Two hosts one after the other on the same SQLite file, the server down across firing times.</summary>
public sealed class MissedRoundTests
{
    [Fact]
    public async Task After_downtime_the_missed_members_day_preparation_runs_once_and_missed_opening_rounds_do_not_run()
    {
        using var database = new TestDatabase();
        // Monday 23 February 2026: the members' day of Thursday 5 March is prepared on Thursday 26 February at 10:00.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 23, 7, 0, 0, TimeSpan.FromHours(1)));
        await using (var first = RoutineHost.Start(database, clock))
        {
            var manager = await first.SignedIn("aurelien");
            var members = (await manager.Routine("journee-des-membres")).Body();
            var opening = (await manager.Routine("ouverture")).Body();
            (await manager.PutAsJsonAsync("/api/sites/casaco/routines", new { routines = new[] { members, opening } })).EnsureSuccessStatusCode();
            Assert.Equal(DateTimeOffset.Parse("2026-02-23T08:45:00+01:00"), await manager.NextFire("ouverture"));
            Assert.Equal(DateTimeOffset.Parse("2026-02-26T10:00:00+01:00"), await manager.NextFire("journee-des-membres"));
        }

        // Down from Monday 07:00 to Saturday 28 February 09:00: five opening rounds and the preparation missed.
        clock.SetUtcNow(new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var second = RoutineHost.Start(database, clock);
        var again = await second.SignedIn("aurelien");

        await Eventually.True(async () => (await again.Week("2026-W10")).Number("publishedHours") == 7.5, "the missed preparation ran at start-up");
        await Eventually.True(async () => await again.NextFire("journee-des-membres") == DateTimeOffset.Parse("2026-03-26T10:00:00+01:00"), "the members' day set to April's round");
        await Eventually.True(async () => await again.NextFire("ouverture") == DateTimeOffset.Parse("2026-03-02T08:45:00+01:00"), "the opening round set to Monday's");

        var titles = await again.TaskTitles();
        Assert.Single(titles, t => t == "Commander à manger pour la journée des membres");
        Assert.DoesNotContain(titles, t => t.StartsWith("Ouvrir le lieu", StringComparison.Ordinal));
        Assert.Equal(7.5, (await again.Week("2026-W10")).Number("publishedHours"));
        Assert.Equal(3, (await again.Week("2026-W10"))["shifts"]!.AsArray().Count);
    }
}
