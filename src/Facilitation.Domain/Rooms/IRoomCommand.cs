using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Rooms;

/// <summary>A command a client sends to a room, under an id it made.</summary>
public interface IRoomCommand
{
    CommandId CommandId { get; }

    Caller By { get; }

    /// <summary>When it is decided (the server's clock): nothing may be booked to end before.</summary>
    DateTimeOffset At { get; }

    /// <summary>What makes two sends of one command id the same command (not the time, nor a new booking's id).</summary>
    string Fingerprint { get; }
}
