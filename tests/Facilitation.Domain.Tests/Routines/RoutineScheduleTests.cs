using Facilitation.Domain.Routines;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Routines;

public class RoutineScheduleTests
{
    private static readonly DateOnly[] ExpectedMembersDays2026 =
    [
        // 1 January is a public holiday (Jour de l'an): no members' day that month.
        new(2026, 2, 5), new(2026, 3, 5), new(2026, 4, 2), new(2026, 5, 7), new(2026, 6, 4), new(2026, 7, 2),
        new(2026, 8, 6), new(2026, 9, 3), new(2026, 10, 1), new(2026, 11, 5), new(2026, 12, 3),
    ];

    [Fact]
    public void The_members_day_falls_on_the_first_thursday_of_every_month_of_a_year_except_a_public_holiday()
    {
        var days = RoutineSchedule.Between(MembersDay.Routine, Casaco.Calendar, ClosedDays.HolidaysOnly, new(2026, 1, 1), new(2026, 12, 31))
            .Select(o => o.Day).ToArray();
        Assert.Equal(ExpectedMembersDays2026, days);
    }

    [Fact]
    public void The_members_day_starts_at_ten_paris_time_in_winter_and_in_summer()
    {
        var all = RoutineSchedule.Between(MembersDay.Routine, Casaco.Calendar, ClosedDays.HolidaysOnly, new(2026, 1, 1), new(2026, 12, 31)).ToList();
        Assert.All(all, o => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(Casaco.Calendar.ToLocal(o.Start).DateTime)));
        Assert.Equal(TimeSpan.FromHours(8), all.Single(o => o.Day == new DateOnly(2026, 3, 5)).Start.UtcDateTime.TimeOfDay + TimeSpan.FromHours(-1));
        Assert.Equal(TimeSpan.FromHours(8), all.Single(o => o.Day == new DateOnly(2026, 7, 2)).Start.UtcDateTime.TimeOfDay);
    }

    [Fact]
    public void A_preparation_a_week_before_across_the_march_change_is_at_the_same_wall_clock_time()
    {
        // 2 April 2026 (summer time) is prepared on 26 March (winter time), both at 10:00 in Paris.
        var april = RoutineSchedule.On(MembersDay.Routine, Casaco.Calendar, new DateOnly(2026, 4, 2));
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero), april.PrepareAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 8, 0, 0, TimeSpan.Zero), april.Start);
    }

    [Fact]
    public void A_round_in_the_spring_gap_runs_an_hour_later_and_one_in_the_autumn_overlap_runs_once_at_the_first_occurrence()
    {
        var night = MembersDay.Routine with { Rule = RoutineRule.MonthlyNth(RoutineRule.Last, DayOfWeek.Sunday, new TimeOnly(2, 30)), LeadTime = TimeSpan.Zero };
        var year = RoutineSchedule.Between(night, Casaco.Calendar, ClosedDays.HolidaysOnly, new(2026, 1, 1), new(2026, 12, 31)).ToList();
        Assert.Equal(12, year.Count);
        var march = year.Single(o => o.Day == new DateOnly(2026, 3, 29));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), march.Start); // 03:30 summer time
        var october = year.Single(o => o.Day == new DateOnly(2026, 10, 25));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), october.Start); // 02:30 summer time, the first one
    }

    [Fact]
    public void A_closure_entered_by_a_co_manager_skips_the_round()
    {
        var closed = new ClosedDays([new DateOnly(2026, 3, 5)]);
        var days = RoutineSchedule.Between(MembersDay.Routine, Casaco.Calendar, closed, new(2026, 3, 1), new(2026, 4, 30)).Select(o => o.Day);
        Assert.Equal([new DateOnly(2026, 4, 2)], days);
    }

    [Fact]
    public void French_public_holidays_are_closed_days()
    {
        Assert.True(ClosedDays.IsPublicHoliday(new DateOnly(2026, 7, 14)));
        Assert.True(ClosedDays.IsPublicHoliday(new DateOnly(2026, 4, 6))); // Easter Monday
        Assert.False(ClosedDays.IsPublicHoliday(new DateOnly(2026, 7, 15)));
    }

    [Fact]
    public void The_next_preparation_is_the_first_one_after_the_instant()
    {
        // 5 March is prepared on 26 February at 10:00 Paris (09:00 UTC): a minute before, that is next; at that instant, April's.
        var before = RoutineSchedule.NextPreparation(MembersDay.Routine, Casaco.Calendar, ClosedDays.HolidaysOnly, new DateTimeOffset(2026, 2, 26, 8, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 3, 5), before!.Day);
        var at = RoutineSchedule.NextPreparation(MembersDay.Routine, Casaco.Calendar, ClosedDays.HolidaysOnly, new DateTimeOffset(2026, 2, 26, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 4, 2), at!.Day);
        Assert.Null(RoutineSchedule.NextPreparation(MembersDay.Routine with { Enabled = false }, Casaco.Calendar, ClosedDays.HolidaysOnly, DateTimeOffset.UnixEpoch));
    }
}
