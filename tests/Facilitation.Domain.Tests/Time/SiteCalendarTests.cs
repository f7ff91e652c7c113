using Facilitation.Domain.Tests.Model;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Time;

public class SiteCalendarTests
{
    private static readonly SiteCalendar Paris = Casaco.Calendar;

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void The_day_clocks_go_forward_lasts_23_hours()
    {
        var day = Paris.SpanOf(new DateOnly(2026, 3, 29));

        Assert.Equal(TimeSpan.FromHours(23), day.Duration);
        Assert.Equal(Utc(2026, 3, 28, 23), day.Start);
        Assert.Equal(Utc(2026, 3, 29, 22), day.End);
    }

    [Fact]
    public void The_day_clocks_go_back_lasts_25_hours()
    {
        var day = Paris.SpanOf(new DateOnly(2026, 10, 25));

        Assert.Equal(TimeSpan.FromHours(25), day.Duration);
        Assert.Equal(Utc(2026, 10, 24, 22), day.Start);
        Assert.Equal(Utc(2026, 10, 25, 23), day.End);
    }

    [Fact]
    public void An_ordinary_day_lasts_24_hours_and_starts_at_local_midnight()
    {
        var day = Paris.SpanOf(new DateOnly(2026, 12, 1));

        Assert.Equal(TimeSpan.FromHours(24), day.Duration);
        Assert.Equal(Utc(2026, 11, 30, 23), day.Start);
    }

    [Fact]
    public void The_weeks_of_the_clock_changes_last_167_and_169_hours()
    {
        Assert.Equal(TimeSpan.FromHours(167), Paris.SpanOf(IsoWeek.Parse("2026-W13")).Duration);
        Assert.Equal(TimeSpan.FromHours(169), Paris.SpanOf(IsoWeek.Parse("2026-W43")).Duration);
        Assert.Equal(TimeSpan.FromHours(168), Paris.SpanOf(IsoWeek.Parse("2026-W49")).Duration);
    }

    [Fact]
    public void A_wall_clock_time_skipped_when_clocks_go_forward_is_refused()
    {
        Assert.False(Paris.TryFromLocal(new DateTime(2026, 3, 29, 2, 30, 0), out var instant));
        Assert.Equal(default, instant);
        Assert.Throws<ArgumentException>(() => Paris.FromLocal(new DateTime(2026, 3, 29, 2, 30, 0)));
    }

    [Fact]
    public void A_wall_clock_time_repeated_when_clocks_go_back_is_taken_at_its_first_occurrence()
    {
        Assert.True(Paris.TryFromLocal(new DateTime(2026, 10, 25, 2, 30, 0), out var instant));

        Assert.Equal(Utc(2026, 10, 25, 0, 30), instant);
        Assert.Equal(TimeSpan.FromHours(2), Paris.ToLocal(instant).Offset);
    }

    [Fact]
    public void A_local_time_becomes_its_utc_instant_in_summer_and_in_winter()
    {
        Assert.Equal(Utc(2026, 7, 1, 7), Paris.FromLocal(new DateTime(2026, 7, 1, 9, 0, 0)));
        Assert.Equal(Utc(2026, 12, 1, 8), Paris.FromLocal(new DateTime(2026, 12, 1, 9, 0, 0)));
        Assert.Equal(TimeSpan.Zero, Paris.FromLocal(new DateTime(2026, 12, 1, 9, 0, 0)).Offset);
    }

    [Fact]
    public void The_kind_of_the_local_date_time_given_does_not_matter()
    {
        var unspecified = Paris.FromLocal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Unspecified));
        var markedUtc = Paris.FromLocal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(unspecified, markedUtc);
    }

    [Fact]
    public void A_night_shift_splits_into_its_hours_on_each_local_day()
    {
        var shift = new TimeRange(Casaco.At(2026, 12, 1, 22), Casaco.At(2026, 12, 2, 2));

        Assert.Equal(
            new (DateOnly, TimeSpan)[] { (new DateOnly(2026, 12, 1), TimeSpan.FromHours(2)), (new DateOnly(2026, 12, 2), TimeSpan.FromHours(2)) },
            Paris.SplitByDay(shift).ToList());
    }

    [Fact]
    public void A_night_shift_into_the_spring_change_is_an_hour_shorter_on_the_second_day()
    {
        // 22:00 Saturday to 04:00 Sunday on the wall clock is 5 real hours: 02:00–03:00 never happens.
        var shift = new TimeRange(Casaco.At(2026, 3, 28, 22), Casaco.At(2026, 3, 29, 4));

        Assert.Equal(TimeSpan.FromHours(5), shift.Duration);
        Assert.Equal(
            new (DateOnly, TimeSpan)[] { (new DateOnly(2026, 3, 28), TimeSpan.FromHours(2)), (new DateOnly(2026, 3, 29), TimeSpan.FromHours(3)) },
            Paris.SplitByDay(shift).ToList());
    }

    [Fact]
    public void A_shift_within_one_day_is_one_part()
    {
        var shift = new TimeRange(Casaco.At(2026, 12, 1, 9), Casaco.At(2026, 12, 1, 17));

        Assert.Equal(new[] { (new DateOnly(2026, 12, 1), TimeSpan.FromHours(8)) }, Paris.SplitByDay(shift).ToList());
    }

    [Fact]
    public void A_shift_ending_at_midnight_has_nothing_on_the_next_day()
    {
        var shift = new TimeRange(Casaco.At(2026, 12, 1, 20), Casaco.At(2026, 12, 2, 0));

        Assert.Equal(new[] { (new DateOnly(2026, 12, 1), TimeSpan.FromHours(4)) }, Paris.SplitByDay(shift).ToList());
    }

    [Fact]
    public void Sunday_half_past_eleven_in_paris_is_still_in_its_week()
    {
        // Sunday 6 December 2026 23:30 in Paris is 22:30 UTC, the same Sunday.
        var sundayNight = Casaco.At(2026, 12, 6, 23, 30);

        Assert.Equal(new DateOnly(2026, 12, 6), Paris.DayOf(sundayNight));
        Assert.Equal(IsoWeek.Parse("2026-W49"), Paris.WeekOf(sundayNight));
    }

    [Fact]
    public void Monday_half_past_midnight_in_paris_is_in_the_next_week_although_still_sunday_in_utc()
    {
        // Monday 30 March 2026 00:30 in Paris (summer time) is Sunday 22:30 UTC.
        var mondayEarly = Casaco.At(2026, 3, 30, 0, 30);

        Assert.Equal(DayOfWeek.Sunday, mondayEarly.UtcDateTime.DayOfWeek);
        Assert.Equal(new DateOnly(2026, 3, 30), Paris.DayOf(mondayEarly));
        Assert.Equal(IsoWeek.Parse("2026-W14"), Paris.WeekOf(mondayEarly));
        Assert.Equal(IsoWeek.Parse("2026-W13"), Paris.WeekOf(mondayEarly.AddHours(-1)));
    }

    [Fact]
    public void New_years_eve_in_paris_falls_in_week_53()
    {
        Assert.Equal(IsoWeek.Parse("2026-W53"), Paris.WeekOf(Casaco.At(2027, 1, 1, 0, 30)));
        Assert.Equal(IsoWeek.Parse("2027-W01"), Paris.WeekOf(Casaco.At(2027, 1, 4, 0, 30)));
    }

    [Fact]
    public void To_local_gives_the_paris_offset_of_the_season()
    {
        Assert.Equal(TimeSpan.FromHours(2), Paris.ToLocal(Utc(2026, 7, 1, 12)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), Paris.ToLocal(Utc(2026, 12, 1, 12)).Offset);
    }
}
