using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ledger;

/// <summary>
/// Whether a shift would fit a person now, asked before they tap "claim": the very rule the ledger
/// applies to the claim itself, with the figures to show beside the button.
/// </summary>
/// <param name="Why">The rule it would break; null when it fits.</param>
/// <param name="PersonHours">The hours the person already holds this week.</param>
/// <param name="PersonHoursAfter">Theirs with this shift.</param>
/// <param name="WeekLeft">What is left of the site's weekly budget.</param>
public sealed record ClaimFit(bool Fits, Rejection? Why, TimeSpan PersonHours, TimeSpan PersonHoursAfter, TimeSpan Contract, TimeSpan WeekLeft)
{
    /// <returns>null when the ledger has no such shift.</returns>
    public static ClaimFit? Of(WeekLedgerState week, ShiftId shift, StaffMember member, LabourRules rules, SiteCalendar calendar)
    {
        if (week.Find(shift) is not { } found) return null;
        var decision = WeekLedgerDecider.Decide(week, new LedgerCommands.Reserve(shift, member.Id, member), rules, calendar);
        var held = week.HeldBy(member.Id).Where(s => s.Id != shift).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Committed);
        var why = (decision as Decision<ILedgerEvent, Shifts.ShiftView>.Reject)?.Why;
        if (why is null && found.IsHeld && found.Holder != member.Id)
            why = new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftHeld) { Holder = found.Holder };
        return new ClaimFit(why is null, why, held, held + found.Planned.Duration, member.ContractWeeklyHours, rules.WeeklyBudget - week.CommittedHours);
    }
}
