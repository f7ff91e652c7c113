using Facilitation.Domain.Paging;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Rooms;

/// <summary>
/// A room's live bookings over a span (a day of the rooms' page), in time order, a page at a time:
/// a room keeps every booking it ever had, and nothing in the rules bounds how many fit in a day.
/// </summary>
public static class RoomDay
{
    /// <summary>
    /// Bookings in a page. A booking is at most a 120-character title and a 100-character holder:
    /// the largest possible page stays under the 128,000 bytes of a message between nodes (the
    /// actor tests' reply-size test builds it).
    /// </summary>
    public const int PageSize = 40;

    /// <summary>The live bookings touching <paramref name="span"/> after <paramref name="after"/> (a page's <see cref="Page{T}.Next"/>), the earliest first.</summary>
    public static Page<Booking> Page(RoomState state, TimeRange span, string? after, int size = PageSize) =>
        Keyset.Page(state.Bookings.Values.Where(b => b.IsLive && b.Range.Overlaps(span)), Key, after, size);

    public static string Key(Booking booking) => Keyset.TimeKey(booking.Range.Start, booking.Id.Value);
}
