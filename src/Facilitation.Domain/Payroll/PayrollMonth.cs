using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Payroll;

/// <summary>
/// A month of worked hours per person, from the week ledgers. Hours count on the local day they
/// were worked, so a shift from 22:00 on the 31st to 01:00 on the 1st gives two hours to one month
/// and one to the next; the shift itself is counted in the month it began.
/// </summary>
public static class PayrollMonth
{
    /// <summary>The ISO weeks holding at least one day of the month whose first day is <paramref name="month"/>.</summary>
    public static IReadOnlyList<IsoWeek> Weeks(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var weeks = new List<IsoWeek>();
        for (var week = IsoWeek.Of(first); week.Monday <= last; week = week.Next()) weeks.Add(week);
        return weeks;
    }

    /// <summary>
    /// One row per person of the site's staff (so that nobody is forgotten, even with no hours), then
    /// one per person no longer on the staff who worked that month, in name order.
    /// </summary>
    public static IReadOnlyList<PayrollRow> Rows(DateOnly month, SiteCalendar calendar, IEnumerable<WeekLedgerState> weeks, IReadOnlyList<StaffMember> staff)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var next = first.AddMonths(1);
        bool InMonth(DateOnly day) => day >= first && day < next;

        var shifts = weeks.SelectMany(w => w.Shifts.Values).DistinctBy(s => s.Id).Where(s => s.Holder is not null).ToList();
        var people = staff.Select(s => s.Id).Concat(shifts.Select(s => s.Holder!.Value)).Distinct();
        return people
            .Select(person =>
            {
                var theirs = shifts.Where(s => s.Holder == person).ToList();
                var ended = theirs.Where(s => s.Status == ShiftStatus.Ended && s.Worked > TimeSpan.Zero).ToList();
                var worked = ended
                    .SelectMany(s => calendar.SplitByDay(s.WorkTime))
                    .Where(part => InMonth(part.Day))
                    .Aggregate(TimeSpan.Zero, (sum, part) => sum + part.Duration);
                var member = staff.FirstOrDefault(s => s.Id == person);
                return new PayrollRow(
                    person,
                    member?.Name ?? person.Value,
                    member?.ContractWeeklyHours ?? TimeSpan.Zero,
                    ended.Count(s => InMonth(calendar.DayOf(s.WorkTime.Start))),
                    worked,
                    theirs.Count(s => s.Status == ShiftStatus.NoShow && InMonth(calendar.DayOf(s.Planned.Start))));
            })
            .OrderBy(r => staff.Any(s => s.Id == r.Person) ? 0 : 1)
            .ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
