using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Model;

/// <summary>One rule a person's week breaks, with the figures that show it.</summary>
public sealed record Breach(string Code, TimeSpan? Would = null, DateOnly? Day = null)
{
    public override string ToString() => $"{Code}{(Would is { } w ? $" would be {Hours.Of(w)}" : "")}{(Day is { } d ? $" on {d:yyyy-MM-dd}" : "")}";
}

/// <summary>
/// A second, deliberately plain reading of the labour rules (DESIGN.md, "Rules that the ledger
/// enforces"), written without the domain's code: the whole week is looked at at once rather than
/// walked from the new shift, and local days come straight from the time zone.
/// </summary>
public static class LabourOracle
{
    /// <summary>When a shift's holder is, or was, at work: the planned times until the real ones are known.</summary>
    public static TimeRange AtWork(TimeRange planned, ShiftStatus status, DateTimeOffset? startedAt, DateTimeOffset? endedAt)
    {
        if (status == ShiftStatus.Ended && startedAt is { } s && endedAt is { } e && e > s) return new TimeRange(s, e);
        if (status == ShiftStatus.Started && startedAt is { } started)
        {
            // At work from whichever came first, until the planned end (or just after a start that late).
            var from = started < planned.Start ? started : planned.Start;
            var until = planned.End > started ? planned.End : started.AddMinutes(1);
            return new TimeRange(from, until);
        }
        return planned;
    }

    /// <summary>The rules one more shift would break, in the order the ledger names them.</summary>
    /// <remarks>The week's totals count paid hours (<paramref name="paid"/>: planned, or worked when more), when given.</remarks>
    public static IReadOnlyList<Breach> BreachesOf(LabourRules rules, TimeZoneInfo zone, TimeSpan contract, IReadOnlyCollection<TimeRange> held, TimeRange candidate, TimeSpan? paid = null)
    {
        var breaches = new List<Breach>();
        if (held.Any(h => h.Start < candidate.End && candidate.Start < h.End))
            breaches.Add(new Breach(RejectionCodes.Overlap));

        var all = held.Append(candidate).ToList();
        foreach (var day in DaysTouched(zone, candidate))
        {
            var worked = WorkOn(zone, day, all);
            if (worked > rules.MaximumDailyWork)
            {
                breaches.Add(new Breach(RejectionCodes.DailyWork, worked, day));
                break;
            }
        }

        var chain = WorkingDays(rules, all).Single(d => d.Contains(candidate));
        if (Span(chain) > TimeSpan.FromHours(24) - rules.MinimumDailyRest)
            breaches.Add(new Breach(RejectionCodes.DailyRest, Span(chain)));

        var week = paid is { } p ? p + candidate.Duration : Total(all);
        if (week > rules.MaximumWeeklyWork) breaches.Add(new Breach(RejectionCodes.WeeklyWork, week));
        if (week > contract) breaches.Add(new Breach(RejectionCodes.ContractExceeded, week));
        return breaches;
    }

    /// <summary>Every rule a person's whole week of work breaks (totals in paid hours when given).</summary>
    public static IReadOnlyList<Breach> BreachesOf(LabourRules rules, TimeZoneInfo zone, TimeSpan contract, IReadOnlyList<TimeRange> work, TimeSpan? paid = null)
    {
        var breaches = new List<Breach>();
        for (var i = 0; i < work.Count; i++)
            for (var j = i + 1; j < work.Count; j++)
                if (work[i].Start < work[j].End && work[j].Start < work[i].End)
                    breaches.Add(new Breach(RejectionCodes.Overlap));

        foreach (var day in work.SelectMany(w => DaysTouched(zone, w)).Distinct().Order())
        {
            var worked = WorkOn(zone, day, work);
            if (worked > rules.MaximumDailyWork) breaches.Add(new Breach(RejectionCodes.DailyWork, worked, day));
        }

        foreach (var chain in WorkingDays(rules, work))
            if (Span(chain) > TimeSpan.FromHours(24) - rules.MinimumDailyRest)
                breaches.Add(new Breach(RejectionCodes.DailyRest, Span(chain)));

        var week = paid ?? Total(work);
        if (week > rules.MaximumWeeklyWork) breaches.Add(new Breach(RejectionCodes.WeeklyWork, week));
        if (week > contract) breaches.Add(new Breach(RejectionCodes.ContractExceeded, week));
        return breaches;
    }

    /// <summary>
    /// Work split into working days: a break shorter than the daily rest does not end a working day.
    /// Each working day must then leave the daily rest in 24 hours.
    /// </summary>
    private static List<List<TimeRange>> WorkingDays(LabourRules rules, IEnumerable<TimeRange> work)
    {
        var days = new List<List<TimeRange>>();
        DateTimeOffset? latestEnd = null;
        foreach (var range in work.OrderBy(w => w.Start))
        {
            if (latestEnd is { } end && range.Start - end < rules.MinimumDailyRest) days[^1].Add(range);
            else days.Add([range]);
            if (latestEnd is null || range.End > latestEnd) latestEnd = range.End;
        }
        return days;
    }

    private static TimeSpan Span(List<TimeRange> workingDay) => workingDay.Max(w => w.End) - workingDay.Min(w => w.Start);

    private static TimeSpan Total(IEnumerable<TimeRange> work) => work.Aggregate(TimeSpan.Zero, (sum, w) => sum + w.Duration);

    private static TimeSpan WorkOn(TimeZoneInfo zone, DateOnly day, IEnumerable<TimeRange> work)
    {
        var (from, until) = (Midnight(zone, day), Midnight(zone, day.AddDays(1)));
        return work.Aggregate(TimeSpan.Zero, (sum, w) =>
        {
            var start = w.Start > from ? w.Start : from;
            var end = w.End < until ? w.End : until;
            return end > start ? sum + (end - start) : sum;
        });
    }

    private static IEnumerable<DateOnly> DaysTouched(TimeZoneInfo zone, TimeRange range)
    {
        var last = LocalDay(zone, range.End.AddTicks(-1));
        for (var day = LocalDay(zone, range.Start); day <= last; day = day.AddDays(1)) yield return day;
    }

    private static DateOnly LocalDay(TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>Local midnight, which exists once on every day in Europe.</summary>
    private static DateTimeOffset Midnight(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
