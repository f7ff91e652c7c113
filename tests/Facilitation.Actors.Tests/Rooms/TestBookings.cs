using Facilitation.Actors.Rooms;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Rooms;

/// <summary>Bookings of the test site's rooms, made as the web layer makes them.</summary>
public static class TestBookings
{
    public const string Vanves = "salle-vanves";

    public static string RoomsId(string site, string room) => $"room-{site}-{room}";

    public static RoomCommands.Book Book(DateTimeOffset start, DateTimeOffset end, BookingKind kind = BookingKind.Client, Caller? by = null, int guests = 6) =>
        new(NewCommandId("book"), by ?? CoManager, BookingId.New(), start, end, kind, "Atelier compta", "Nadia Benali", guests, false, false, default);

    public static Booking Accepted(RoomMessages.RoomResult result, bool repeated = false)
    {
        var accepted = Assert.IsType<RoomMessages.RoomResult.Accepted>(result);
        Assert.Equal(repeated, accepted.Repeated);
        return accepted.Booking;
    }
}
