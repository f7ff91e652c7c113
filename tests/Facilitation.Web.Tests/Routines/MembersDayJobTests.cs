using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Routines;

/// <summary>The members' day job in Quartz on a fake clock: it fires on the right dates across a year, summer time included.</summary>
public sealed class MembersDayJobTests
{
    [Fact]
    public async Task The_members_day_is_prepared_a_week_before_each_first_thursday_at_ten_paris_time_across_a_year()
    {
        using var database = new TestDatabase();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)));
        await using var app = RoutineHost.Start(database, clock);
        var manager = await app.SignedIn("aurelien");
        await manager.KeepOnlyTheMembersDay();

        // January's first Thursday is New Year's Day: the first round is February's.
        string[] expected =
        [
            "2026-01-29T10:00:00+01:00", "2026-02-26T10:00:00+01:00", "2026-03-26T10:00:00+01:00", // 2 April, prepared before the March change
            "2026-04-30T10:00:00+02:00", "2026-05-28T10:00:00+02:00", "2026-06-25T10:00:00+02:00", "2026-07-30T10:00:00+02:00",
            "2026-08-27T10:00:00+02:00", "2026-09-24T10:00:00+02:00", "2026-10-29T10:00:00+01:00", // 5 November, after the October change
            "2026-11-26T10:00:00+01:00",
        ];
        foreach (var fire in expected)
        {
            var next = await manager.NextFire("journee-des-membres");
            Assert.Equal(DateTimeOffset.Parse(fire), next);
            Assert.Equal(fire, next!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz"));
            clock.SetUtcNow(next.Value);
            manager = await app.SignedIn("aurelien");
            var round = next.Value.AddDays(7);
            var week = System.Globalization.ISOWeek.GetYear(round.DateTime) + "-W" + System.Globalization.ISOWeek.GetWeekOfYear(round.DateTime).ToString("00");
            await Eventually.True(async () => (await manager.Week(week)).Number("publishedHours") == 7.5, $"the members' day shifts published in {week}");
            // Not just "changed": while the job runs, its fired one-shot trigger has no next fire time (null).
            await Eventually.True(async () => await manager.NextFire("journee-des-membres") is { } then && then != next, "the trigger set to the next round");
        }
    }
}
