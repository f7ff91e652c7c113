using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rules;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;
using static Facilitation.Domain.Ledger.LedgerCommands;

namespace Facilitation.Domain.Ledger;

/// <summary>The rules of a site-week, as pure functions: the budget on publish, the person's limits on claim.</summary>
public static class WeekLedgerDecider
{
    public static Decision<ILedgerEvent, ShiftView> Decide(WeekLedgerState state, ILedgerCommand command, LabourRules rules, SiteCalendar calendar) =>
        command switch
        {
            Publish p => DecidePublish(state, p, rules, calendar),
            Reserve r => DecideReserve(state, r, rules, calendar),
            Report r => DecideReport(state, r),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown ledger command"),
        };

    public static WeekLedgerState Apply(WeekLedgerState state, ILedgerEvent @event)
    {
        var next = @event switch
        {
            LedgerEvents.ShiftPublished p => state with
            {
                Shifts = state.Shifts.SetItem(p.Shift.Value, new LedgerShift(p.Shift, p.Role, new TimeRange(p.Start, p.End), ShiftStatus.Published, null, null, null, 0)),
                Published = state.Published.SetItem(p.CommandId, new PublishRecord(p.Fingerprint, p.Shift)),
            },
            // A reservation is for a new holder: no offer pending, not approved yet.
            LedgerEvents.HoursReserved r => Update(state, r.Shift.Value, s => s with { Status = ShiftStatus.Claimed, Holder = r.Person, OfferedTo = null, Approved = false }),
            LedgerEvents.ShiftReported r => Update(state, r.Shift.Value, s => s with
            {
                Status = r.Status, Holder = r.Holder, StartedAt = r.StartedAt, EndedAt = r.EndedAt, Version = r.Version,
                OfferedTo = r.OfferedTo, Approved = r.Approved,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown ledger event"),
        };
        return next with { Version = state.Version + 1 };
    }

    private static WeekLedgerState Update(WeekLedgerState state, string id, Func<LedgerShift, LedgerShift> change) =>
        state.Shifts.TryGetValue(id, out var shift) ? state with { Shifts = state.Shifts.SetItem(id, change(shift)) } : state;

    private static Decision<ILedgerEvent, ShiftView> DecidePublish(WeekLedgerState state, Publish publish, LabourRules rules, SiteCalendar calendar)
    {
        if (state.Published.TryGetValue(publish.CommandId, out var first))
            return first.Fingerprint == publish.Fingerprint
                ? new Decision<ILedgerEvent, ShiftView>.Repeat(state.Find(first.Shift)!.View())
                : Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.CommandIdReused));
        if (!publish.By.IsCoManager)
            return Reject(new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly));
        if (calendar.WeekOf(publish.Range.Start) != state.Week || publish.NewId.Week != state.Week)
            return Reject(new Rejection(RejectionKind.Invalid, "shift.wrong-week") { Field = "start" });
        if (publish.Range.Duration > rules.MaximumDailyWork)
            return Reject(new Rejection(RejectionKind.Invalid, RejectionCodes.ShiftTooLong) { Field = "end", Would = publish.Range.Duration, Limit = rules.MaximumDailyWork });

        if (state.Shifts.Count >= WeekLedgerState.MaxShifts)
            return Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.WeekFull) { Count = WeekLedgerState.MaxShifts });

        var would = state.CommittedHours + publish.Range.Duration;
        if (would > rules.WeeklyBudget)
            return Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.WeekOverBudget) { Would = would, Limit = rules.WeeklyBudget });

        return new Decision<ILedgerEvent, ShiftView>.Accept([
            new LedgerEvents.ShiftPublished(publish.CommandId, publish.NewId, publish.Role, publish.Range.Start, publish.Range.End, publish.By.Person, publish.Fingerprint),
        ]);
    }

    private static Decision<ILedgerEvent, ShiftView> DecideReserve(WeekLedgerState state, Reserve reserve, LabourRules rules, SiteCalendar calendar)
    {
        var shift = state.Find(reserve.Shift);
        if (shift is null) return Reject(new Rejection(RejectionKind.NotFound, RejectionCodes.ShiftNotFound));
        if (!shift.IsLive) return Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftFinished));
        if (reserve.Member is null) return Reject(new Rejection(RejectionKind.NotFound, RejectionCodes.PersonUnknown) { Field = "person" });
        if (shift.Status == ShiftStatus.Claimed && shift.Holder == reserve.Person)
            return new Decision<ILedgerEvent, ShiftView>.Accept([]);

        // The shift itself is the authority on who holds it: if it asks, it is free, whatever a
        // reservation left over from an interrupted claim says here.
        var others = state.HeldBy(reserve.Person).Where(s => s.Id != reserve.Shift).ToList();
        var paid = others.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Committed);
        var why = LabourRuleCheck.Check(rules, calendar, reserve.Member.ContractWeeklyHours, others.Select(s => (s.Id, s.WorkTime)).ToList(), shift.Planned, paid);
        return why is not null
            ? Reject(why with { Holder = reserve.Person })
            : new Decision<ILedgerEvent, ShiftView>.Accept([new LedgerEvents.HoursReserved(reserve.Shift, reserve.Person)]);
    }

    private static Decision<ILedgerEvent, ShiftView> DecideReport(WeekLedgerState state, Report report)
    {
        var shift = state.Find(report.Shift.Id);
        var r = report.Shift;
        if (shift is null || r.Version < shift.Version) return new Decision<ILedgerEvent, ShiftView>.Accept([]);
        var same = shift.Status == r.Status && shift.Holder == r.Holder && shift.StartedAt == r.StartedAt && shift.EndedAt == r.EndedAt
            && shift.OfferedTo == r.OfferedTo && shift.Approved == r.Approved;
        return same
            ? new Decision<ILedgerEvent, ShiftView>.Accept([])
            : new Decision<ILedgerEvent, ShiftView>.Accept([
                new LedgerEvents.ShiftReported(r.Id, r.Status, r.Holder, r.StartedAt, r.EndedAt, r.Version) { OfferedTo = r.OfferedTo, Approved = r.Approved },
            ]);
    }

    private static Decision<ILedgerEvent, ShiftView> Reject(Rejection why) => new Decision<ILedgerEvent, ShiftView>.Reject(why);
}
