using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Rooms;

/// <summary>The room the tests book (Salle Vanves, 8 people), its callers, and commands with sensible defaults.</summary>
public static class Rooms
{
    public static readonly SiteId Site = new("casaco");

    public static readonly Room Vanves = new("salle-vanves", "Salle Vanves", RoomKind.MeetingRoom, 1, 8);

    public static readonly SiteCalendar Paris = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

    public static readonly Caller CoManager = new(new PersonId("aurelien"), StaffRole.CoManager);

    public static readonly Caller Facilitator = new(new PersonId("lea"), StaffRole.Facilitator);

    /// <summary>Monday 7 December 2026, 08:00 in Paris: before every booking of the tests.</summary>
    public static readonly DateTimeOffset Now = At(8);

    public static RoomState Empty => RoomState.Empty(Site, Vanves.Id);

    /// <summary>A Paris wall-clock time on Monday 7 December 2026.</summary>
    public static DateTimeOffset At(int hour, int minute = 0) => Paris.FromLocal(new DateTime(2026, 12, 7, hour, minute, 0));

    public static CommandId NewCommandId() => new($"c-{Guid.NewGuid():N}");

    public static RoomCommands.Book Book(
        int fromHour, int toHour, BookingKind kind = BookingKind.Member, Caller? by = null, int guests = 4, bool outsideGuests = false,
        string title = "Atelier compta", DateTimeOffset? at = null) =>
        new(NewCommandId(), by ?? Facilitator, BookingId.New(), At(fromHour), At(toHour), kind, title, "Nadia Benali", guests, outsideGuests, false, at ?? Now);

    public static RoomState Applied(RoomState state, Decision<IRoomEvent, Booking> decision) =>
        Assert.IsType<Decision<IRoomEvent, Booking>.Accept>(decision).Events.Aggregate(state, RoomDecider.Apply);

    public static (RoomState State, Booking Booking) Booked(RoomState state, RoomCommands.Book book)
    {
        var next = Applied(state, RoomDecider.Decide(state, book, Vanves));
        return (next, next.Find(book.NewId)!);
    }

    public static Rejection Refused(Decision<IRoomEvent, Booking> decision) =>
        Assert.IsType<Decision<IRoomEvent, Booking>.Reject>(decision).Why;
}
