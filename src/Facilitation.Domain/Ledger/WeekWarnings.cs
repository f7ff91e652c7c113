using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rules;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ledger;

/// <summary>
/// The rules a person's week breaks as it now stands: claims are checked before they are made, but
/// a late finish or worked time recorded afterwards can take someone past a day's limit, their rest
/// or their contract. One warning per rule, with the figures of the first shift that breaks it.
/// </summary>
public static class WeekWarnings
{
    public static IReadOnlyList<Rejection> For(WeekLedgerState week, StaffMember member, LabourRules rules, SiteCalendar calendar)
    {
        var held = week.HeldBy(member.Id).OrderBy(s => s.WorkTime.Start).ToList();
        var warnings = new List<Rejection>();
        for (var i = 0; i < held.Count; i++)
        {
            // Each shift against the ones before it, as if they had been claimed in time order.
            var before = held.Take(i).ToList();
            // The week's totals count paid hours: an early finish is still paid in full.
            var paid = before.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Committed) + (held[i].Committed - held[i].WorkTime.Duration);
            var why = LabourRuleCheck.Check(rules, calendar, member.ContractWeeklyHours, before.Select(s => (s.Id, s.WorkTime)).ToList(), held[i].WorkTime, paid);
            if (why is not null && warnings.All(w => w.Code != why.Code)) warnings.Add(why with { Holder = member.Id, Other = why.Other ?? held[i].Id });
        }
        // The week's totals on their own: the check above stops at the first rule a shift breaks.
        var total = held.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Committed);
        if (total > rules.MaximumWeeklyWork && warnings.All(w => w.Code != RejectionCodes.WeeklyWork))
            warnings.Add(new Rejection(RejectionKind.Conflict, RejectionCodes.WeeklyWork) { Holder = member.Id, Would = total, Limit = rules.MaximumWeeklyWork });
        if (total > member.ContractWeeklyHours && warnings.All(w => w.Code != RejectionCodes.ContractExceeded))
            warnings.Add(new Rejection(RejectionKind.Conflict, RejectionCodes.ContractExceeded) { Holder = member.Id, Would = total, Limit = member.ContractWeeklyHours });
        return warnings;
    }
}
