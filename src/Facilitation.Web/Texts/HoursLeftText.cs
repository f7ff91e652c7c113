using System.Globalization;
using Humanizer;

namespace Facilitation.Web.Texts;

/// <summary>"reste 81 heures" / "81 hours left", or the overrun when the week went over.</summary>
public static class HoursLeftText
{
    public static string For(TimeSpan left, CultureInfo culture)
    {
        var fr = Durations.IsFrench(culture);
        var amount = (left >= TimeSpan.Zero ? left : -left).Humanize(2, culture, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Minute);
        return (left >= TimeSpan.Zero, fr) switch
        {
            (true, true) => $"reste {amount}",
            (true, false) => $"{amount} left",
            (false, true) => $"dépassement de {amount}",
            (false, false) => $"over by {amount}",
        };
    }
}
