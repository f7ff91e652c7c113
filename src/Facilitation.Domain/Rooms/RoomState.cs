using System.Collections.Immutable;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Rooms;

/// <summary>
/// One room's bookings, live and cancelled, by id, and the commands already applied: the only
/// writer of who has the room when.
/// </summary>
public sealed record RoomState(
    SiteId Site,
    string Room,
    ImmutableSortedDictionary<string, Booking> Bookings,
    ImmutableDictionary<CommandId, HandledRoomCommand> Handled,
    long Version)
{
    public static RoomState Empty(SiteId site, string room) =>
        new(site, room, ImmutableSortedDictionary<string, Booking>.Empty, ImmutableDictionary<CommandId, HandledRoomCommand>.Empty, 0);

    public Booking? Find(BookingId id) => Bookings.GetValueOrDefault(id.Value);

    /// <summary>The live bookings, in time order.</summary>
    public IReadOnlyList<Booking> Live =>
        Bookings.Values.Where(b => b.IsLive).OrderBy(b => b.Range.Start).ThenBy(b => b.Id.Value, StringComparer.Ordinal).ToList();

    /// <summary>The live bookings that touch <paramref name="range"/>, in time order.</summary>
    public IReadOnlyList<Booking> LiveDuring(TimeRange range) => Live.Where(b => b.Range.Overlaps(range)).ToList();

    /// <summary>The first live booking but <paramref name="except"/> that overlaps <paramref name="range"/>.</summary>
    public Booking? ConflictWith(TimeRange range, BookingId? except = null) =>
        Live.FirstOrDefault(b => b.Id != except && b.Range.Overlaps(range));
}
