using Facilitation.Domain.Ledger;
using Facilitation.Domain.Sites;
using Facilitation.Web.Shifts;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Weeks;

/// <summary>A site-week: its budget, its hours and every shift, and every person's hours.</summary>
public sealed record WeekDto(
    string Site,
    string Week,
    string TimeZone,
    DateOnly Monday,
    double BudgetHours,
    double PublishedHours,
    double ClaimedHours,
    double WorkedHours,
    double CommittedHours,
    double LeftHours,
    string LeftText,
    IReadOnlyList<ShiftDto> Shifts,
    IReadOnlyList<PersonWeekDto> People)
{
    public static WeekDto From(WeekLedgerState state, Site site, string leftText)
    {
        var people = state.People().ToDictionary(p => p.Person);
        var budget = site.Rules.WeeklyBudget;
        return new WeekDto(
            site.Id.Value,
            state.Week.ToString(),
            site.TimeZone.Id,
            state.Week.Monday,
            Durations.Decimal(budget),
            Durations.Decimal(state.PublishedHours),
            Durations.Decimal(state.ClaimedHours),
            Durations.Decimal(state.WorkedHours),
            Durations.Decimal(state.CommittedHours),
            Durations.Decimal(budget - state.CommittedHours),
            leftText,
            state.Shifts.Values.OrderBy(s => s.Planned.Start).ThenBy(s => s.Id.Value, StringComparer.Ordinal)
                .Select(s => ShiftDto.From(s.View(), site)).ToList(),
            site.Staff.Select(member => PersonWeekDto.From(member, people.GetValueOrDefault(member.Id))).ToList());
    }
}
