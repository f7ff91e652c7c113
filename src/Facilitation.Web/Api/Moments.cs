using System.Globalization;
using Facilitation.Domain.Time;

namespace Facilitation.Web.Api;

/// <summary>
/// Times in requests: ISO 8601 with an offset ("2026-12-01T09:00:00+01:00") or without one, then
/// read as the site's local time ("2026-12-01T09:00").
/// </summary>
public static class Moments
{
    public enum Problem { None, Missing, Malformed, SkippedByClockChange }

    public static Problem TryParse(string? text, SiteCalendar calendar, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)) return Problem.Missing;
        if (text.Length > 40) return Problem.Malformed;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)) return Problem.Malformed;
        if (parsed.Year is < 2000 or > 2999) return Problem.Malformed;
        if (parsed.Kind == DateTimeKind.Unspecified)
            return calendar.TryFromLocal(parsed, out instant) ? Problem.None : Problem.SkippedByClockChange;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out instant)) return Problem.Malformed;
        instant = instant.ToUniversalTime();
        return Problem.None;
    }

    public static string Message(Problem problem, bool french) => problem switch
    {
        Problem.Missing => french ? "Champ obligatoire." : "Required.",
        Problem.SkippedByClockChange => french ? "Cette heure n'existe pas ce jour-là (passage à l'heure d'été)." : "This time does not exist that day (clocks go forward).",
        _ => french ? "Date et heure ISO 8601 attendues, par exemple 2026-12-01T09:00." : "Expected an ISO 8601 date and time, for example 2026-12-01T09:00.",
    };
}
