namespace Facilitation.Domain.Sites;

/// <summary>When a site is open, from its opening hours in its own time zone.</summary>
public static class SiteHours
{
    public static OpeningHours? On(Site site, DateOnly day) => site.Opening.FirstOrDefault(o => o.Day == day.DayOfWeek);

    /// <summary>Open from the opening time included to the closing time excluded (19:00 sharp is closed).</summary>
    public static bool IsOpen(Site site, DateTimeOffset instant)
    {
        var local = site.Calendar.ToLocal(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return On(site, DateOnly.FromDateTime(local.DateTime)) is { } hours && time >= hours.Opens && time < hours.Closes;
    }

    /// <summary>The instant the site closes on a local day; the start of the day when it does not open.</summary>
    public static DateTimeOffset ClosingOf(Site site, DateOnly day) =>
        On(site, day) is { } hours
            ? site.Calendar.FromLocal(day.ToDateTime(hours.Closes))
            : site.Calendar.StartOf(day);
}
