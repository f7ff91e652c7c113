using System.Globalization;
using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Rooms;

/// <summary>The same fingerprint from a command and from the event it produced.</summary>
public static class RoomFingerprints
{
    /// <summary>Everything the booker chose; the free texts are prefixed by their length and the title comes last.</summary>
    public static string Book(PersonId by, DateTimeOffset start, DateTimeOffset end, BookingKind kind, string title, string holder, int guests, bool outside, bool siteWide) =>
        $"book:{by}:{Instant(start)}:{Instant(end)}:{kind}:{guests}:{outside}:{siteWide}:{holder.Length}:{holder}:{title}";

    public static string Move(BookingId booking, PersonId by, DateTimeOffset start, DateTimeOffset end) =>
        $"move:{booking}:{by}:{Instant(start)}:{Instant(end)}";

    public static string Cancel(BookingId booking, PersonId by) => $"cancel:{booking}:{by}";

    private static string Instant(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
