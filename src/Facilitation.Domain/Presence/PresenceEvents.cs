using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Presence;

public static class PresenceEvents
{
    /// <param name="Charged">Units of the member's pass used by this check-in.</param>
    /// <param name="UnitsLeft">Units left on the pass after it; null for a subscription.</param>
    public sealed record CheckedIn(CommandId CommandId, PersonId Member, string? Desk, bool MorningOnly, int Charged, int? UnitsLeft, DateTimeOffset At) : IPresenceEvent
    {
        public string Fingerprint => PresenceFingerprints.CheckIn(Member, Desk, MorningOnly);
    }

    public sealed record CheckedOut(CommandId CommandId, PersonId Member, string? Desk, DateTimeOffset At) : IPresenceEvent
    {
        public string Fingerprint => PresenceFingerprints.CheckOut(Member);
    }

    public sealed record VisitorArrived(CommandId CommandId, VisitorId Visitor, string Name, PersonId Host, DateTimeOffset At) : IPresenceEvent
    {
        public string Fingerprint => PresenceFingerprints.VisitorIn(Name, Host);
    }

    public sealed record VisitorLeft(CommandId CommandId, VisitorId Visitor, DateTimeOffset At) : IPresenceEvent
    {
        public string Fingerprint => PresenceFingerprints.VisitorOut(Visitor);
    }
}
