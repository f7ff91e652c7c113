using System.Globalization;

namespace Facilitation.Web.Texts;

/// <summary>Hours as people write them on a timesheet: "86 h 30", "10 h", "45 min".</summary>
public static class Durations
{
    public static string Hours(TimeSpan span)
    {
        var negative = span < TimeSpan.Zero;
        var abs = negative ? -span : span;
        var hours = (int)abs.TotalHours;
        var minutes = abs.Minutes;
        var text = (hours, minutes) switch
        {
            (0, _) => $"{minutes} min",
            (_, 0) => $"{hours} h",
            _ => $"{hours} h {minutes:D2}",
        };
        return negative ? "−" + text : text;
    }

    /// <summary>Decimal hours for machines (85.5), rounded to the minute.</summary>
    public static double Decimal(TimeSpan span) => Math.Round(span.TotalHours, 4);

    public static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";
}
