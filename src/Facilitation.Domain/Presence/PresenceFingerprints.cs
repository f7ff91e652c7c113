using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Presence;

/// <summary>The same fingerprint from a command and from the event it produced (never the time nor a new id).</summary>
public static class PresenceFingerprints
{
    public static string CheckIn(PersonId member, string? desk, bool morningOnly) => $"in:{member}:{desk ?? "-"}:{morningOnly}";

    public static string CheckOut(PersonId member) => $"out:{member}";

    public static string VisitorIn(string name, PersonId host) => $"visitor-in:{host}:{name}";

    public static string VisitorOut(VisitorId visitor) => $"visitor-out:{visitor}";
}
