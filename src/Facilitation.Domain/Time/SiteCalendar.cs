namespace Facilitation.Domain.Time;

/// <summary>
/// The days and weeks of one site, in its own time zone: a Paris day is not a UTC day, and a day
/// of the change to or from summer time lasts 23 or 25 hours.
/// </summary>
public sealed class SiteCalendar(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public IsoWeek WeekOf(DateTimeOffset instant) => IsoWeek.Of(DayOf(instant));

    /// <summary>The instant a local day begins (midnight exists on every day in Europe).</summary>
    public DateTimeOffset StartOf(DateOnly day) => FromLocal(day.ToDateTime(TimeOnly.MinValue));

    public TimeRange SpanOf(DateOnly day) => new(StartOf(day), StartOf(day.AddDays(1)));

    public TimeRange SpanOf(IsoWeek week) => new(StartOf(week.Monday), StartOf(week.Monday.AddDays(7)));

    /// <summary>
    /// The instant of a local wall-clock time. A time that does not exist (skipped when clocks go
    /// forward) is refused; an ambiguous one (when clocks go back) is taken at its first occurrence.
    /// </summary>
    public bool TryFromLocal(DateTime local, out DateTimeOffset instant)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        instant = default;
        if (Zone.IsInvalidTime(unspecified)) return false;
        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : Zone.GetUtcOffset(unspecified);
        instant = new DateTimeOffset(unspecified, offset).ToUniversalTime();
        return true;
    }

    public DateTimeOffset FromLocal(DateTime local) =>
        TryFromLocal(local, out var instant)
            ? instant
            : throw new ArgumentException($"{local:yyyy-MM-dd HH:mm} does not exist in {Zone.Id}", nameof(local));

    /// <summary>How much of a range falls on each local day it touches.</summary>
    public IEnumerable<(DateOnly Day, TimeSpan Duration)> SplitByDay(TimeRange range)
    {
        for (var day = DayOf(range.Start); StartOf(day) < range.End; day = day.AddDays(1))
        {
            var part = range.Intersect(SpanOf(day));
            if (part is { } p) yield return (day, p.Duration);
        }
    }
}
