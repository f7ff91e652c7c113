using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Rooms;

/// <summary>Something that happened to one booking of a room; each answers a client's command, and so records its id.</summary>
public interface IRoomEvent : IPersistedEvent
{
    CommandId CommandId { get; }

    BookingId Booking { get; }

    string Fingerprint { get; }
}
