using Facilitation.Domain.Ids;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Tests.Model;
using FsCheck.Xunit;

namespace Facilitation.Domain.Tests.Routines;

public class RoutineProperties
{
    private static readonly DateOnly Origin = new(2025, 1, 1);

    [Property(MaxTest = 200)]
    public void A_monthly_round_falls_once_a_month_at_most_on_its_weekday_and_never_on_a_closed_day(byte nth, byte weekday, ushort startOffset, byte[] closures)
    {
        var n = nth % 5 == 4 ? RoutineRule.Last : nth % 5 + 1;
        if (n == 5) n = 4;
        var day = (DayOfWeek)(weekday % 7);
        var routine = MembersDay.Routine with { Rule = RoutineRule.MonthlyNth(n, day, new TimeOnly(10, 0)) };
        var from = Origin.AddDays(startOffset % 1500);
        var closed = new ClosedDays(closures.Select(c => from.AddDays(c)));
        var rounds = RoutineSchedule.Between(routine, Casaco.Calendar, closed, from, from.AddDays(366)).ToList();

        Assert.All(rounds, r => Assert.Equal(day, r.Day.DayOfWeek));
        Assert.All(rounds, r => Assert.False(closed.IsClosed(r.Day)));
        Assert.Equal(rounds.Count, rounds.Select(r => (r.Day.Year, r.Day.Month)).Distinct().Count());
        Assert.InRange(rounds.Count, 12 - closed.Closures.Count - 11, 13);
        Assert.All(rounds, r => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(Casaco.Calendar.ToLocal(r.Start).DateTime)));
    }

    [Property(MaxTest = 200)]
    public void Derived_command_ids_are_stable_and_distinct_for_distinct_rounds(ushort a, ushort b, bool otherRoutine, bool otherPurpose)
    {
        var site = new SiteId("casaco");
        var first = RoutineCommandIds.For(site, "journee-des-membres", Origin.AddDays(a), "book");
        Assert.Equal(first, RoutineCommandIds.For(site, "journee-des-membres", Origin.AddDays(a), "book"));
        Assert.True(CommandId.IsValid(first.Value));

        var second = RoutineCommandIds.For(site, otherRoutine ? "mardi-de-casaco" : "journee-des-membres", Origin.AddDays(b), otherPurpose ? "plan" : "book");
        var same = a == b && !otherRoutine && !otherPurpose;
        Assert.Equal(same, first == second);
    }

    [Property(MaxTest = 100)]
    public void The_next_preparation_is_always_later_than_the_instant_and_on_an_open_day(uint minutes)
    {
        var after = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes % (60 * 24 * 900));
        var next = RoutineSchedule.NextPreparation(MembersDay.Routine, Casaco.Calendar, ClosedDays.HolidaysOnly, after)!;
        Assert.True(next.PrepareAt > after);
        Assert.False(ClosedDays.HolidaysOnly.IsClosed(next.Day));
        Assert.True(MembersDay.Routine.Rule.FallsOn(next.Day));
    }
}
