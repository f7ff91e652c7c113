using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ledger;

/// <summary>
/// How fairly a week's paid hours are spread. Each person's share of the budget is in proportion
/// to their contract; the measure is their coverage (hours held ÷ share). Open shifts are offered
/// first to whoever is furthest below their share (lowest coverage), among those the shift fits.
/// </summary>
public static class Fairness
{
    /// <summary>Everyone with a contract, the lowest coverage first (then the biggest gap in hours, then the id).</summary>
    public static IReadOnlyList<FairShare> Shares(WeekLedgerState week, IReadOnlyList<StaffMember> staff, TimeSpan budget)
    {
        var paid = staff.Where(s => s.ContractWeeklyHours > TimeSpan.Zero).ToList();
        var contracts = paid.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.ContractWeeklyHours);
        return paid
            .Select(member =>
            {
                var share = contracts > TimeSpan.Zero ? budget * (member.ContractWeeklyHours / contracts) : TimeSpan.Zero;
                var held = week.HeldBy(member.Id).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Committed);
                return new FairShare(member.Id, member.ContractWeeklyHours, share, held, share > TimeSpan.Zero ? held / share : 1);
            })
            .OrderBy(f => f.Coverage)
            .ThenByDescending(f => f.Gap)
            .ThenBy(f => f.Person.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Who to offer an open shift to, in order: the people it fits (every rule the claim would meet), the lowest coverage first.</summary>
    public static IReadOnlyList<PersonId> OfferOrder(
        WeekLedgerState week, ShiftId shift, IReadOnlyList<StaffMember> staff, LabourRules rules, SiteCalendar calendar) =>
        Shares(week, staff, rules.WeeklyBudget)
            .Where(f => ClaimFit.Of(week, shift, staff.First(s => s.Id == f.Person), rules, calendar) is { Fits: true })
            .Select(f => f.Person)
            .ToList();
}
