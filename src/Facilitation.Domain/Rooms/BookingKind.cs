namespace Facilitation.Domain.Rooms;

/// <summary>Who a room is booked for.</summary>
public enum BookingKind
{
    /// <summary>A member of the site, for their own meeting.</summary>
    Member,

    /// <summary>An outside client renting the room (booked by a co-manager).</summary>
    Client,

    /// <summary>An event of the site (a workshop, the members' day, a Casaco Tuesday).</summary>
    Event,

    /// <summary>The room (or the whole site) hired for an outside event.</summary>
    Privatisation,
}
