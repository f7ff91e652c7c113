using Facilitation.Domain.Time;

namespace Facilitation.Domain.Routines;

/// <summary>When a routine's rounds fall, in the site's zone, skipping closed days.</summary>
public static class RoutineSchedule
{
    /// <summary>How far ahead a search goes before giving up (a rule closed on every day it falls).</summary>
    private const int HorizonDays = 800;

    /// <summary>The rounds of <paramref name="routine"/> whose local day is in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IEnumerable<RoutineOccurrence> Between(RoutineDefinition routine, SiteCalendar calendar, ClosedDays closed, DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!routine.Rule.FallsOn(day) || closed.IsClosed(day)) continue;
            yield return On(routine, calendar, day);
        }
    }

    /// <summary>The first round whose preparation is strictly after <paramref name="after"/>, if any within two years.</summary>
    public static RoutineOccurrence? NextPreparation(RoutineDefinition routine, SiteCalendar calendar, ClosedDays closed, DateTimeOffset after)
    {
        if (!routine.Enabled) return null;
        var from = calendar.DayOf(after);
        return Between(routine, calendar, closed, from, from.AddDays(HorizonDays)).FirstOrDefault(o => o.PrepareAt > after);
    }

    /// <summary>The first round that has not ended by <paramref name="now"/> (what the dashboard announces).</summary>
    public static RoutineOccurrence? Coming(RoutineDefinition routine, SiteCalendar calendar, ClosedDays closed, DateTimeOffset now)
    {
        if (!routine.Enabled) return null;
        var from = calendar.DayOf(now);
        return Between(routine, calendar, closed, from, from.AddDays(HorizonDays)).FirstOrDefault(o => o.End > now);
    }

    /// <summary>
    /// The round on <paramref name="day"/>. The preparation is the same wall-clock time
    /// <see cref="RoutineDefinition.LeadTime"/> earlier (a week before 10:00 is 10:00, across a
    /// change of summer time too). A time in the spring-forward gap moves on by the hour the clocks
    /// skipped (02:30 becomes 03:30), as Quartz does; one in the autumn overlap is taken at its
    /// first occurrence.
    /// </summary>
    public static RoutineOccurrence On(RoutineDefinition routine, SiteCalendar calendar, DateOnly day)
    {
        var local = day.ToDateTime(routine.Rule.At);
        var start = Instant(calendar, local);
        return new RoutineOccurrence(routine.Id, day, start, start + routine.Duration, Instant(calendar, local - routine.LeadTime));
    }

    private static DateTimeOffset Instant(SiteCalendar calendar, DateTime local) =>
        calendar.TryFromLocal(local, out var instant) ? instant : calendar.FromLocal(local.AddHours(1));
}
