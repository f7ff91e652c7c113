namespace Facilitation.Web.Rooms;

/// <summary>One room of the site file with its live bookings of one day.</summary>
public sealed record RoomDayDto(string Id, string Name, string Kind, int Floor, int Capacity, IReadOnlyList<BookingDto> Bookings);
