using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using static Facilitation.Domain.Presence.PresenceCommands;

namespace Facilitation.Domain.Presence;

/// <summary>
/// The rules of a site's presence for one day. A check-in accepted here is only admissible: the
/// presence actor then takes the desk and has the membership charge the pass, and persists the
/// <see cref="PresenceEvents.CheckedIn"/> with the charge filled in (<see cref="Admitted"/>).
/// </summary>
public static class PresenceDecider
{
    public static Decision<IPresenceEvent, PresenceAnswer> Decide(PresenceState state, IPresenceCommand command, Site site)
    {
        if (state.Handled.TryGetValue(command.CommandId, out var handled))
            return handled.Fingerprint == command.Fingerprint
                ? new Decision<IPresenceEvent, PresenceAnswer>.Repeat(handled.Answer)
                : Reject(new Rejection(RejectionKind.Conflict, RejectionCodes.CommandIdReused));

        switch (command)
        {
            case CheckIn checkIn:
                if (!SiteHours.IsOpen(site, checkIn.At)) return Reject(new Rejection(RejectionKind.Conflict, MemberRejectionCodes.SiteClosed));
                if (state.Find(checkIn.Member) is { } already)
                    return Reject(new Rejection(RejectionKind.Conflict, PresenceRejectionCodes.AlreadyIn) { Holder = already.Member });
                if (state.Count >= site.Capacity) return Reject(new Rejection(RejectionKind.Conflict, PresenceRejectionCodes.Full));
                return Accept(new PresenceEvents.CheckedIn(checkIn.CommandId, checkIn.Member, checkIn.Desk, checkIn.MorningOnly, 0, null, checkIn.At));
            case CheckOut checkOut:
                if (state.Find(checkOut.Member) is not { } present)
                    return Reject(new Rejection(RejectionKind.Conflict, PresenceRejectionCodes.NotIn) { Holder = checkOut.Member });
                return Accept(new PresenceEvents.CheckedOut(checkOut.CommandId, checkOut.Member, present.Desk, checkOut.At));
            case VisitorIn visitor:
                if (string.IsNullOrWhiteSpace(visitor.Name) || visitor.Name.Length > PresentVisitor.MaxNameLength)
                    return Reject(new Rejection(RejectionKind.Invalid, PresenceRejectionCodes.VisitorNameInvalid) { Field = "name" });
                if (!SiteHours.IsOpen(site, visitor.At)) return Reject(new Rejection(RejectionKind.Conflict, MemberRejectionCodes.SiteClosed));
                if (state.Count >= site.Capacity) return Reject(new Rejection(RejectionKind.Conflict, PresenceRejectionCodes.Full));
                return Accept(new PresenceEvents.VisitorArrived(visitor.CommandId, visitor.NewId, visitor.Name, visitor.Host, visitor.At));
            case VisitorOut leaving:
                if (state.Find(leaving.Visitor) is null) return Reject(new Rejection(RejectionKind.NotFound, PresenceRejectionCodes.VisitorNotFound));
                return Accept(new PresenceEvents.VisitorLeft(leaving.CommandId, leaving.Visitor, leaving.At));
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown presence command");
        }
    }

    /// <summary>The admissible check-in, with what the membership charged.</summary>
    public static PresenceEvents.CheckedIn Admitted(PresenceEvents.CheckedIn admissible, MemberOutcome outcome) =>
        admissible with
        {
            Charged = outcome.Charged,
            UnitsLeft = outcome.Member.Plan == PlanKind.Pass ? outcome.Member.PassUnits : null,
        };

    public static PresenceState Apply(PresenceState state, IPresenceEvent @event)
    {
        var next = @event switch
        {
            PresenceEvents.CheckedIn i => state with { Members = state.Members.SetItem(i.Member.Value, new PresentMember(i.Member, i.Desk, i.At)) },
            PresenceEvents.CheckedOut o => state with { Members = state.Members.Remove(o.Member.Value) },
            PresenceEvents.VisitorArrived v => state with { Visitors = state.Visitors.SetItem(v.Visitor.Value, new PresentVisitor(v.Visitor, v.Name, v.Host, v.At)) },
            PresenceEvents.VisitorLeft l => state with { Visitors = state.Visitors.Remove(l.Visitor.Value) },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown presence event"),
        };
        var answer = @event switch
        {
            PresenceEvents.CheckedIn i => new PresenceAnswer(i.Member, null, i.Desk, i.Charged, i.UnitsLeft, next.Count),
            PresenceEvents.CheckedOut o => new PresenceAnswer(o.Member, null, o.Desk, 0, null, next.Count),
            PresenceEvents.VisitorArrived v => new PresenceAnswer(null, v.Visitor, null, 0, null, next.Count),
            PresenceEvents.VisitorLeft l => new PresenceAnswer(null, l.Visitor, null, 0, null, next.Count),
            _ => throw new ArgumentOutOfRangeException(nameof(@event)),
        };
        return next with
        {
            Handled = next.Handled.SetItem(@event.CommandId, new HandledPresenceCommand(@event.Fingerprint, answer)),
            Version = state.Version + 1,
        };
    }

    private static Decision<IPresenceEvent, PresenceAnswer> Accept(IPresenceEvent @event) => new Decision<IPresenceEvent, PresenceAnswer>.Accept([@event]);

    private static Decision<IPresenceEvent, PresenceAnswer> Reject(Rejection why) => new Decision<IPresenceEvent, PresenceAnswer>.Reject(why);
}
