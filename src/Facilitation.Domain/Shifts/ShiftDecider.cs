using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using static Facilitation.Domain.Shifts.ShiftCommands;

namespace Facilitation.Domain.Shifts;

/// <summary>
/// The rules of one shift's life, as pure functions. Who holds a shift is decided here; whether the
/// holder's week can take its hours is the week ledger's call (a claim asks it before persisting).
/// </summary>
public static class ShiftDecider
{
    public static Decision<IShiftEvent, ShiftView> Decide(ShiftState state, IShiftCommand command, LabourRules rules)
    {
        if (state.Handled.TryGetValue(command.CommandId, out var handled))
            return handled.Fingerprint == command.Fingerprint
                ? new Decision<IShiftEvent, ShiftView>.Repeat(handled.Answer)
                : Reject(RejectionKind.Conflict, RejectionCodes.CommandIdReused);

        if (!state.IsOpened) return Reject(RejectionKind.NotFound, RejectionCodes.ShiftNotFound);

        var why = command switch
        {
            Claim c => CheckClaim(state, c),
            Release r => CheckRelease(state, r),
            Start s => CheckStart(state, s, rules),
            End e => CheckEnd(state, e),
            Cancel c => CheckCancel(state, c),
            MarkNoShow n => CheckNoShow(state, n, rules),
            Reassign r => CheckReassign(state, r),
            OfferHandover o => CheckOffer(state, o),
            AcceptHandover a => CheckAccept(state, a),
            DeclineHandover d => CheckDecline(state, d),
            Approve a => CheckApprove(state, a),
            RecordWorked w => CheckWorked(state, w),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown shift command"),
        };
        if (why is not null) return new Decision<IShiftEvent, ShiftView>.Reject(why);

        IShiftEvent @event = command switch
        {
            Claim c => new ShiftEvents.Claimed(c.CommandId, c.For, c.By.Person),
            Release r => new ShiftEvents.Released(r.CommandId, state.Holder!.Value, r.By.Person),
            Start s => new ShiftEvents.Started(s.CommandId, s.At, s.By.Person),
            End e => new ShiftEvents.Ended(e.CommandId, e.At, e.By.Person),
            Cancel c => new ShiftEvents.Cancelled(c.CommandId, c.By.Person),
            MarkNoShow n => new ShiftEvents.MarkedNoShow(n.CommandId, n.At, n.By.Person),
            Reassign r => new ShiftEvents.Reassigned(r.CommandId, state.Holder!.Value, r.To, r.By.Person),
            OfferHandover o => new ShiftEvents.HandoverOffered(o.CommandId, state.Holder!.Value, o.To),
            AcceptHandover a => new ShiftEvents.HandedOver(a.CommandId, state.Holder!.Value, a.By.Person),
            DeclineHandover d => new ShiftEvents.HandoverDeclined(d.CommandId, state.OfferedTo!.Value, d.By.Person),
            Approve a => new ShiftEvents.Approved(a.CommandId, state.Holder!.Value, a.By.Person),
            RecordWorked w => new ShiftEvents.WorkRecorded(w.CommandId, w.Start, w.End, w.By.Person),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        return new Decision<IShiftEvent, ShiftView>.Accept([@event]);
    }

    public static ShiftState Apply(ShiftState state, IShiftEvent @event)
    {
        var next = @event switch
        {
            ShiftEvents.Opened o => state with { Role = o.Role, Start = o.Start, End = o.End, Status = ShiftStatus.Published },
            ShiftEvents.Claimed c => state with { Status = ShiftStatus.Claimed, Holder = c.Holder, OfferedTo = null, Approved = false },
            ShiftEvents.Released => state with { Status = ShiftStatus.Published, Holder = null, OfferedTo = null, Approved = false },
            ShiftEvents.Started s => state with { Status = ShiftStatus.Started, StartedAt = s.At, OfferedTo = null },
            ShiftEvents.Reassigned r => state with { Holder = r.To, OfferedTo = null, Approved = false },
            ShiftEvents.HandoverOffered o => state with { OfferedTo = o.To },
            ShiftEvents.HandedOver h => state with { Holder = h.To, OfferedTo = null, Approved = false },
            ShiftEvents.HandoverDeclined => state with { OfferedTo = null },
            ShiftEvents.Approved => state with { Approved = true },
            ShiftEvents.WorkRecorded w => state with { Status = ShiftStatus.Ended, StartedAt = w.Start, EndedAt = w.End, OfferedTo = null },
            ShiftEvents.Ended e => state with { Status = ShiftStatus.Ended, EndedAt = e.At },
            ShiftEvents.Cancelled => state with { Status = ShiftStatus.Cancelled, OfferedTo = null },
            ShiftEvents.MarkedNoShow => state with { Status = ShiftStatus.NoShow },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown shift event"),
        };
        next = next with { Version = state.Version + 1 };
        return @event is IShiftCommandEvent answered
            ? next with { Handled = next.Handled.SetItem(answered.CommandId, new HandledCommand(answered.Fingerprint, next.View())) }
            : next;
    }

    /// <summary>
    /// Whose hours the week ledger must reserve before the event is persisted: the new holder of a
    /// claim, a reassignment or a handover; null for every other event.
    /// </summary>
    public static PersonId? NeedsHoursOf(IShiftEvent @event) => @event switch
    {
        ShiftEvents.Claimed c => c.Holder,
        ShiftEvents.Reassigned r => r.To,
        ShiftEvents.HandedOver h => h.To,
        _ => null,
    };

    /// <summary>The longest a recorded stretch of work may last; the daily limit is the ledger's to show, not to refuse after the fact.</summary>
    public static readonly TimeSpan LongestRecordedWork = TimeSpan.FromHours(16);

    private static Rejection? CheckClaim(ShiftState state, Claim claim)
    {
        if (!claim.By.IsCoManager && claim.For != claim.By.Person)
            return new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly);
        return state.Status switch
        {
            ShiftStatus.Published => null,
            ShiftStatus.Claimed or ShiftStatus.Started or ShiftStatus.Ended when state.Holder == claim.For =>
                new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftAlreadyYours) { Holder = state.Holder },
            ShiftStatus.Claimed or ShiftStatus.Started or ShiftStatus.Ended =>
                new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftHeld) { Holder = state.Holder },
            _ => Finished(state),
        };
    }

    private static Rejection? CheckRelease(ShiftState state, Release release) => state.Status switch
    {
        ShiftStatus.Claimed when state.Holder != release.By.Person && !release.By.IsCoManager =>
            new Rejection(RejectionKind.Forbidden, RejectionCodes.ShiftNotHolder) { Holder = state.Holder },
        ShiftStatus.Claimed => null,
        ShiftStatus.Published => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotClaimed),
        ShiftStatus.Started => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftAlreadyStarted) { Holder = state.Holder },
        _ => Finished(state),
    };

    private static Rejection? CheckStart(ShiftState state, Start start, LabourRules rules) => state.Status switch
    {
        ShiftStatus.Claimed when state.Holder != start.By.Person && !start.By.IsCoManager =>
            new Rejection(RejectionKind.Forbidden, RejectionCodes.ShiftNotHolder) { Holder = state.Holder },
        ShiftStatus.Claimed when start.At < state.Start - rules.EarliestStartBefore =>
            new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftTooEarlyToStart) { Would = state.Start - start.At, Limit = rules.EarliestStartBefore },
        ShiftStatus.Claimed when start.At >= state.End => Finished(state),
        ShiftStatus.Claimed => null,
        ShiftStatus.Published => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotClaimed),
        ShiftStatus.Started => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftAlreadyStarted) { Holder = state.Holder },
        _ => Finished(state),
    };

    private static Rejection? CheckEnd(ShiftState state, End end) => state.Status switch
    {
        ShiftStatus.Started when state.Holder != end.By.Person && !end.By.IsCoManager =>
            new Rejection(RejectionKind.Forbidden, RejectionCodes.ShiftNotHolder) { Holder = state.Holder },
        ShiftStatus.Started when end.At <= state.StartedAt => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotStarted),
        ShiftStatus.Started => null,
        ShiftStatus.Published or ShiftStatus.Claimed => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotStarted),
        _ => Finished(state),
    };

    private static Rejection? CheckCancel(ShiftState state, Cancel cancel) => state.Status switch
    {
        _ when !cancel.By.IsCoManager => new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly),
        ShiftStatus.Published or ShiftStatus.Claimed => null,
        ShiftStatus.Started => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftAlreadyStarted) { Holder = state.Holder },
        _ => Finished(state),
    };

    private static Rejection? CheckNoShow(ShiftState state, MarkNoShow noShow, LabourRules rules) => state.Status switch
    {
        _ when !noShow.By.IsCoManager => new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly),
        ShiftStatus.Claimed when noShow.At < state.Start + rules.NoShowAfter =>
            new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftTooEarlyForNoShow) { Would = noShow.At - state.Start, Limit = rules.NoShowAfter },
        ShiftStatus.Claimed => null,
        ShiftStatus.Published => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotClaimed),
        ShiftStatus.Started => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftAlreadyStarted) { Holder = state.Holder },
        _ => Finished(state),
    };

    private static Rejection? CheckReassign(ShiftState state, Reassign reassign) => state.Status switch
    {
        _ when !reassign.By.IsCoManager => new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly),
        ShiftStatus.Claimed when state.Holder == reassign.To => new Rejection(RejectionKind.Conflict, RejectionCodes.AlreadyHolder) { Holder = state.Holder },
        ShiftStatus.Claimed => null,
        ShiftStatus.Published => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotClaimed),
        ShiftStatus.Started => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftAlreadyStarted) { Holder = state.Holder },
        _ => Finished(state),
    };

    private static Rejection? CheckOffer(ShiftState state, OfferHandover offer) => state.Status switch
    {
        ShiftStatus.Claimed when state.Holder != offer.By.Person =>
            new Rejection(RejectionKind.Forbidden, RejectionCodes.ShiftNotHolder) { Holder = state.Holder },
        ShiftStatus.Claimed when offer.To == state.Holder => new Rejection(RejectionKind.Conflict, RejectionCodes.AlreadyHolder) { Holder = state.Holder, Field = "person" },
        ShiftStatus.Claimed => null,
        ShiftStatus.Published => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotClaimed),
        ShiftStatus.Started => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftAlreadyStarted) { Holder = state.Holder },
        _ => Finished(state),
    };

    private static Rejection? CheckAccept(ShiftState state, AcceptHandover accept) => state.Status switch
    {
        ShiftStatus.Claimed when state.OfferedTo is null => new Rejection(RejectionKind.Conflict, RejectionCodes.NoHandover) { Holder = state.Holder },
        ShiftStatus.Claimed when state.OfferedTo != accept.By.Person =>
            new Rejection(RejectionKind.Forbidden, RejectionCodes.NotOfferedToYou) { Holder = state.OfferedTo },
        ShiftStatus.Claimed => null,
        ShiftStatus.Published or ShiftStatus.Started => new Rejection(RejectionKind.Conflict, RejectionCodes.NoHandover) { Holder = state.Holder },
        _ => Finished(state),
    };

    private static Rejection? CheckDecline(ShiftState state, DeclineHandover decline) => state.Status switch
    {
        _ when state.OfferedTo is null => new Rejection(RejectionKind.Conflict, RejectionCodes.NoHandover) { Holder = state.Holder },
        _ when decline.By.Person != state.OfferedTo && decline.By.Person != state.Holder && !decline.By.IsCoManager =>
            new Rejection(RejectionKind.Forbidden, RejectionCodes.NotOfferedToYou) { Holder = state.OfferedTo },
        _ => null,
    };

    private static Rejection? CheckApprove(ShiftState state, Approve approve) => state.Status switch
    {
        _ when !approve.By.IsCoManager => new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly),
        ShiftStatus.Claimed or ShiftStatus.Started or ShiftStatus.Ended when state.Approved =>
            new Rejection(RejectionKind.Conflict, RejectionCodes.AlreadyApproved) { Holder = state.Holder },
        ShiftStatus.Claimed or ShiftStatus.Started or ShiftStatus.Ended => null,
        ShiftStatus.Published => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotClaimed),
        _ => Finished(state),
    };

    private static Rejection? CheckWorked(ShiftState state, RecordWorked worked) => state.Status switch
    {
        _ when !worked.By.IsCoManager => new Rejection(RejectionKind.Forbidden, RejectionCodes.CoManagerOnly),
        ShiftStatus.Published => new Rejection(RejectionKind.Conflict, RejectionCodes.ShiftNotClaimed),
        ShiftStatus.Cancelled or ShiftStatus.NoShow => Finished(state),
        _ when worked.End <= worked.Start || worked.End - worked.Start > LongestRecordedWork =>
            new Rejection(RejectionKind.Invalid, RejectionCodes.WorkedInvalid) { Field = "end", Would = worked.End - worked.Start, Limit = LongestRecordedWork },
        // The work must touch the planned day: a stretch a day away is a typing mistake, not a late finish.
        _ when worked.End < state.Start - TimeSpan.FromHours(12) || worked.Start > state.End + TimeSpan.FromHours(12) =>
            new Rejection(RejectionKind.Invalid, RejectionCodes.WorkedInvalid) { Field = "start" },
        _ when worked.End > worked.Now => new Rejection(RejectionKind.Invalid, RejectionCodes.WorkedInFuture) { Field = "end" },
        _ => null,
    };

    private static Rejection Finished(ShiftState state) =>
        new(RejectionKind.Conflict, RejectionCodes.ShiftFinished) { Holder = state.Holder };

    private static Decision<IShiftEvent, ShiftView> Reject(RejectionKind kind, string code) =>
        new Decision<IShiftEvent, ShiftView>.Reject(new Rejection(kind, code));
}
