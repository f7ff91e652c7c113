using Facilitation.Domain.Rooms;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Rooms;

/// <summary>A booking as the API shows it; times in the site's local time with their offset.</summary>
public sealed record BookingDto(
    string Id,
    string Room,
    string RoomName,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Kind,
    string Title,
    string Holder,
    int Guests,
    bool OutsideGuests,
    bool SiteWide,
    string BookedBy,
    string BookedByName,
    string Status,
    long Version)
{
    public static BookingDto From(Booking booking, Site site) => new(
        booking.Id.Value,
        booking.Room,
        site.FindRoom(booking.Room)?.Name ?? booking.Room,
        site.Calendar.ToLocal(booking.Range.Start),
        site.Calendar.ToLocal(booking.Range.End),
        BookingNames.Of(booking.Kind),
        booking.Title,
        booking.Holder,
        booking.Guests,
        booking.OutsideGuests,
        booking.SiteWide,
        booking.BookedBy.Value,
        site.FindStaff(booking.BookedBy)?.Name ?? booking.BookedBy.Value,
        BookingNames.Of(booking.Status),
        booking.Version);
}
