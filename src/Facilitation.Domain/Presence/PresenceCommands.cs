using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Presence;

public static class PresenceCommands
{
    /// <summary>A member comes in, at a desk or not; <paramref name="MorningOnly"/> asks a pass for a morning half-day.</summary>
    public sealed record CheckIn(CommandId CommandId, PersonId Member, string? Desk, bool MorningOnly, DateTimeOffset At) : IPresenceCommand
    {
        public string Fingerprint => PresenceFingerprints.CheckIn(Member, Desk, MorningOnly);
    }

    public sealed record CheckOut(CommandId CommandId, PersonId Member, DateTimeOffset At) : IPresenceCommand
    {
        public string Fingerprint => PresenceFingerprints.CheckOut(Member);
    }

    /// <summary>
    /// A visitor arrives for <paramref name="Host"/> (the caller checks the host exists and gives
    /// their name, for the task that tells a member host); <paramref name="NewId"/> is used unless it is a retry.
    /// </summary>
    public sealed record VisitorIn(CommandId CommandId, VisitorId NewId, string Name, PersonId Host, string HostName, DateTimeOffset At) : IPresenceCommand
    {
        public string Fingerprint => PresenceFingerprints.VisitorIn(Name, Host);
    }

    public sealed record VisitorOut(CommandId CommandId, VisitorId Visitor, DateTimeOffset At) : IPresenceCommand
    {
        public string Fingerprint => PresenceFingerprints.VisitorOut(Visitor);
    }
}
