using Facilitation.Domain.Members;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Members;

/// <summary>
/// A member as the API shows them: their plan and its price, and for a pass the units left, what
/// they make in days and half-days, its last day and whether it is expired.
/// </summary>
public sealed record MemberDto(
    string Id, string Name, string Plan, decimal? MonthlyEuros, int PassUnits, int PassDaysLeft, int PassHalfDaysLeft,
    string? PassLastDay, bool PassExpired, string? CoveredToday)
{
    public static MemberDto From(MemberEntry member, Site site, DateTimeOffset now)
    {
        var today = site.Calendar.DayOf(now);
        return new MemberDto(
            member.Id.Value, member.Name, PlanNames.Of(member.Plan),
            member.Plan switch { PlanKind.Resident => site.Plans.ResidentMonthlyEuros, PlanKind.Nomad => site.Plans.NomadMonthlyEuros, _ => null },
            member.PassUnits, member.PassUnits / PassUse.FullDay, member.PassUnits / PassUse.HalfDay,
            member.PassLastDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            member.PassLastDay is { } last && last < today,
            member.LastCharge is { } c && c.Day == today ? c.Cover.ToString().ToLowerInvariant() : null);
    }
}
