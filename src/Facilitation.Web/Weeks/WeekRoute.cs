using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Weeks;

/// <summary>The {week} of a route: an ISO week ("2026-W49") or "current", the site's week now.</summary>
public static class WeekRoute
{
    public static bool TryParse(string week, Site site, TimeProvider clock, out IsoWeek isoWeek, [NotNullWhen(false)] out IResult? refusal)
    {
        refusal = null;
        if (string.Equals(week, "current", StringComparison.Ordinal))
        {
            isoWeek = site.Calendar.WeekOf(clock.GetUtcNow());
            return true;
        }
        if (IsoWeek.TryParse(week, out isoWeek)) return true;
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        refusal = Problems.Problems.Invalid(new Dictionary<string, string[]>
        {
            ["week"] = [fr ? "Semaine ISO attendue, par exemple 2026-W49, ou « current »." : "Expected an ISO week like 2026-W49, or \"current\"."],
        });
        return false;
    }
}
