using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Rules;

/// <summary>
/// Whether one more shift fits a person's week: no overlap, the day's work, the daily rest, the
/// week's legal maximum and the contract. The first rule broken is returned with its figures.
/// The day, rest and overlap rules look at when the person is at work; the week's totals count
/// paid hours (<paramref name="paidSoFar"/>), which an early finish does not lower.
/// </summary>
public static class LabourRuleCheck
{
    public static Rejection? Check(
        LabourRules rules,
        SiteCalendar calendar,
        TimeSpan contractWeeklyHours,
        IReadOnlyCollection<(ShiftId Id, TimeRange Work)> held,
        TimeRange candidate,
        TimeSpan? paidSoFar = null)
    {
        var paid = paidSoFar ?? held.Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Work.Duration);
        return Overlap(held, candidate)
            ?? DailyWork(rules, calendar, held, candidate)
            ?? DailyRest(rules, held, candidate)
            ?? Weekly(RejectionCodes.WeeklyWork, rules.MaximumWeeklyWork, paid, candidate)
            ?? Weekly(RejectionCodes.ContractExceeded, contractWeeklyHours, paid, candidate);
    }

    private static Rejection? Overlap(IReadOnlyCollection<(ShiftId Id, TimeRange Work)> held, TimeRange candidate)
    {
        foreach (var (id, work) in held)
            if (work.Overlaps(candidate))
                return new Rejection(RejectionKind.Conflict, RejectionCodes.Overlap) { Other = id };
        return null;
    }

    private static Rejection? DailyWork(LabourRules rules, SiteCalendar calendar, IReadOnlyCollection<(ShiftId Id, TimeRange Work)> held, TimeRange candidate)
    {
        foreach (var (day, part) in calendar.SplitByDay(candidate))
        {
            var span = calendar.SpanOf(day);
            var already = held.Select(h => h.Work.Intersect(span)?.Duration ?? TimeSpan.Zero).Aggregate(TimeSpan.Zero, (a, b) => a + b);
            if (already + part > rules.MaximumDailyWork)
                return new Rejection(RejectionKind.Conflict, RejectionCodes.DailyWork) { Would = already + part, Limit = rules.MaximumDailyWork, Day = day };
        }
        return null;
    }

    /// <summary>
    /// Shifts less than the minimum rest apart form one working day; that day must leave the
    /// minimum rest in 24 hours, so it may span at most 24 h minus that rest (13 h in France).
    /// A split day (9–12 then 14–18) is fine; 18–22 then 07–10 the next morning is not.
    /// </summary>
    private static Rejection? DailyRest(LabourRules rules, IReadOnlyCollection<(ShiftId Id, TimeRange Work)> held, TimeRange candidate)
    {
        var all = held.Select(h => (Id: (ShiftId?)h.Id, h.Work)).Append((Id: null, Work: candidate)).OrderBy(x => x.Work.Start).ToList();
        var index = all.FindIndex(x => x.Id is null);
        var first = index;
        while (first > 0 && all[first].Work.Start - Latest(all, 0, first - 1) < rules.MinimumDailyRest) first--;
        var last = index;
        var end = candidate.End;
        while (last + 1 < all.Count && all[last + 1].Work.Start - end < rules.MinimumDailyRest)
        {
            last++;
            if (all[last].Work.End > end) end = all[last].Work.End;
        }
        var chainEnd = Latest(all, first, last);
        var span = chainEnd - all[first].Work.Start;
        if (span <= rules.MaximumWorkingDaySpan) return null;

        var longestGap = TimeSpan.Zero;
        var reached = all[first].Work.End;
        for (var i = first + 1; i <= last; i++)
        {
            if (all[i].Work.Start - reached > longestGap) longestGap = all[i].Work.Start - reached;
            if (all[i].Work.End > reached) reached = all[i].Work.End;
        }
        var restLeft = TimeSpan.FromHours(24) - span;
        var would = restLeft > longestGap ? restLeft : longestGap;
        var neighbour = index > first ? all[index - 1].Id : all[index + 1].Id;
        return new Rejection(RejectionKind.Conflict, RejectionCodes.DailyRest)
        {
            Would = would < TimeSpan.Zero ? TimeSpan.Zero : would,
            Limit = rules.MinimumDailyRest,
            Other = neighbour,
        };
    }

    private static DateTimeOffset Latest(List<(ShiftId? Id, TimeRange Work)> all, int from, int to)
    {
        var latest = all[from].Work.End;
        for (var i = from + 1; i <= to; i++)
            if (all[i].Work.End > latest) latest = all[i].Work.End;
        return latest;
    }

    private static Rejection? Weekly(string code, TimeSpan limit, TimeSpan paid, TimeRange candidate)
    {
        var would = paid + candidate.Duration;
        return would > limit ? new Rejection(RejectionKind.Conflict, code) { Would = would, Limit = limit } : null;
    }
}
