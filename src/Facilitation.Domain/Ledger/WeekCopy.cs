using Facilitation.Domain.Shifts;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ledger;

/// <summary>
/// Last week's plan as this week's: every live shift of the source week, on the same weekday at
/// the same local times (so a 09:00 shift stays at 09:00 across a change of summer time), except
/// those the target week already has (same role, same times), so that copying twice adds nothing.
/// </summary>
public static class WeekCopy
{
    public sealed record Slot(ShiftRole Role, TimeRange Range);

    public static IReadOnlyList<Slot> Plan(WeekLedgerState source, WeekLedgerState target, SiteCalendar calendar)
    {
        var days = (target.Week.Monday.DayNumber - source.Week.Monday.DayNumber);
        var existing = target.Live.Select(s => new Slot(s.Role, s.Planned)).ToHashSet();
        return source.Live
            .OrderBy(s => s.Planned.Start)
            .Select(s => Moved(s, days, calendar))
            .Where(slot => slot is not null && !existing.Contains(slot))
            .Select(slot => slot!)
            .ToList();
    }

    /// <summary>The same local times <paramref name="days"/> later; null when a time falls in the hour skipped in spring.</summary>
    private static Slot? Moved(LedgerShift shift, int days, SiteCalendar calendar)
    {
        var start = calendar.ToLocal(shift.Planned.Start).DateTime.AddDays(days);
        var end = calendar.ToLocal(shift.Planned.End).DateTime.AddDays(days);
        return calendar.TryFromLocal(start, out var from) && calendar.TryFromLocal(end, out var to) && to > from
            ? new Slot(shift.Role, new TimeRange(from, to))
            : null;
    }
}
