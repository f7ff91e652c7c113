using Facilitation.Domain.Ids;
using Facilitation.Domain.Rooms;

namespace Facilitation.Actors.Rooms;

/// <summary>Published on the site's topic once persisted: a booking of a room as it now is (booked, moved, cancelled).</summary>
public sealed record RoomChanged(SiteId Site, string Room, Booking Booking);
