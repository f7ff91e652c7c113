namespace Facilitation.Domain.Rooms;

/// <summary>
/// The reasons a room refuses a command, as stable codes, beside the shared ones in
/// <see cref="Outcomes.RejectionCodes"/> (<c>CommandIdReused</c>, <c>CoManagerOnly</c>).
/// </summary>
public static class RoomRejectionCodes
{
    /// <summary>The site has no room with that id (404).</summary>
    public const string RoomNotFound = "room.not-found";

    /// <summary>No booking with that id in this room (404).</summary>
    public const string NotFound = "booking.not-found";

    /// <summary>Another live booking holds the room then; the rejection names it (409).</summary>
    public const string Overlap = "booking.overlap";

    /// <summary>The booking is cancelled: nothing more can happen to it (409).</summary>
    public const string Cancelled = "booking.cancelled";

    /// <summary>The booking is over: it cannot be moved or cancelled any more (409).</summary>
    public const string Over = "booking.over";

    /// <summary>One room's block of a whole-site privatisation: move or cancel the privatisation instead (409).</summary>
    public const string SiteWide = "booking.site-wide";

    /// <summary>A new booking's id is already used in this room (409): make another and retry.</summary>
    public const string IdTaken = "booking.id-taken";

    /// <summary>The end is not after the start (400, field "end").</summary>
    public const string EndsBeforeStart = "booking.ends-before-start";

    /// <summary>Longer than 24 h, or 7 days for a privatisation (400, field "end"); the limit is given.</summary>
    public const string TooLong = "booking.too-long";

    /// <summary>It would end before now (400, field "end").</summary>
    public const string InThePast = "booking.in-the-past";

    /// <summary>Fewer than 1 guest or more than the room holds (400, field "guests"); the limit is the capacity.</summary>
    public const string Guests = "booking.guests";

    /// <summary>Blank or too long title (400, field "title").</summary>
    public const string Title = "booking.title";

    /// <summary>Blank or too long holder (400, field "holder").</summary>
    public const string Holder = "booking.holder";

    /// <summary>A kind outside the list (400, field "kind").</summary>
    public const string UnknownKind = "booking.unknown-kind";
}
