using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Rooms;

/// <summary>The protocol of one room.</summary>
public static class RoomMessages
{
    /// <summary>A room command (<see cref="RoomCommands"/>); answered with a <see cref="RoomResult"/>.</summary>
    public sealed record Execute(SiteId Site, string Room, IRoomCommand Command) : IEntityMessage
    {
        public string EntityId => EntityIds.Room(Site, Room);
    }

    /// <summary>
    /// Answered with a <see cref="Page{T}"/> of the room's live bookings touching <paramref name="Span"/>
    /// (<see cref="RoomDay"/>), the earliest first; <paramref name="After"/> is the previous page's <see cref="Page{T}.Next"/>.
    /// </summary>
    public sealed record GetDay(SiteId Site, string Room, TimeRange Span, string? After = null) : IEntityMessage
    {
        public string EntityId => EntityIds.Room(Site, Room);
    }

    /// <summary>The answer to a room command, sent once it is persisted.</summary>
    public abstract record RoomResult
    {
        private RoomResult() { }

        public sealed record Accepted(Booking Booking, bool Repeated) : RoomResult;

        public sealed record Rejected(Rejection Why) : RoomResult;

        /// <summary>Nothing is known to be persisted (storage down, a time-out): safe to retry with the same id.</summary>
        public sealed record Unavailable(string Reason) : RoomResult;
    }
}
