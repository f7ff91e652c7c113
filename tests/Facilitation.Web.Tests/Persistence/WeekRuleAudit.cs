using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Persistence;

/// <summary>
/// Checks a week as the API shows it against DESIGN.md's rules, written again here from the rules'
/// text (not by calling the domain), so that a bug in the domain cannot hide itself.
/// </summary>
public static class WeekRuleAudit
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static IReadOnlyList<string> Violations(JsonObject week, IReadOnlyDictionary<string, double> contracts)
    {
        var problems = new List<string>();
        var shifts = week["shifts"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var live = shifts.Where(s => s.Text("status") is not ("cancelled" or "no-show")).ToList();
        var published = live.Sum(s => s.Number("hours"));
        if (published > 85.0001) problems.Add($"published {published} h > 85 h");
        if (Math.Abs(published - week.Number("publishedHours")) > 0.001) problems.Add($"published total {week.Number("publishedHours")} ≠ sum of shifts {published}");

        var held = live.Where(s => s.Text("status") is "claimed" or "started" or "ended").ToList();
        if (Math.Abs(held.Sum(s => s.Number("hours")) - week.Number("claimedHours")) > 0.001) problems.Add("claimed total ≠ sum of held shifts");
        if (held.Any(s => s["holder"] is null)) problems.Add("a held shift has no holder");
        if (live.Any(s => s.Text("status") == "published" && s["holder"] is not null)) problems.Add("an open shift has a holder");

        foreach (var person in held.GroupBy(s => s.Text("holder")))
        {
            var ranges = person.Select(s => (Start: DateTimeOffset.Parse(s.Text("start")), End: DateTimeOffset.Parse(s.Text("end")))).OrderBy(r => r.Start).ToList();
            var total = ranges.Sum(r => (r.End - r.Start).TotalHours);
            if (total > contracts[person.Key] + 0.0001) problems.Add($"{person.Key}: {total} h over a {contracts[person.Key]} h contract");
            if (total > 48.0001) problems.Add($"{person.Key}: {total} h over 48 h");
            for (var i = 1; i < ranges.Count; i++)
                if (ranges[i].Start < ranges[i - 1].End) problems.Add($"{person.Key}: overlapping shifts at {ranges[i].Start}");

            var perDay = new Dictionary<DateOnly, double>();
            foreach (var (start, end) in ranges)
                for (var t = start; t < end; t = t.AddMinutes(15))
                {
                    var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, Paris).DateTime);
                    perDay[day] = perDay.GetValueOrDefault(day) + 0.25;
                }
            foreach (var (day, hours) in perDay.Where(d => d.Value > 10.0001)) problems.Add($"{person.Key}: {hours} h on {day}");

            // Every stretch of shifts less than 11 h apart must leave 11 h of rest in 24 h: span ≤ 13 h.
            var chainStart = ranges.Count > 0 ? ranges[0].Start : default;
            var chainEnd = ranges.Count > 0 ? ranges[0].End : default;
            foreach (var (start, end) in ranges.Skip(1))
            {
                if (start - chainEnd < TimeSpan.FromHours(11))
                {
                    if (end > chainEnd) chainEnd = end;
                }
                else
                {
                    chainStart = start;
                    chainEnd = end;
                }
                if (chainEnd - chainStart > TimeSpan.FromHours(13)) problems.Add($"{person.Key}: less than 11 h rest around {start}");
            }
        }
        return problems;
    }
}
