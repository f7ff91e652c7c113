using Facilitation.Domain.Ids;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Rooms;

public static class RoomEvents
{
    public sealed record Booked(
        CommandId CommandId,
        BookingId Booking,
        TimeRange Range,
        BookingKind Kind,
        string Title,
        string Holder,
        int Guests,
        bool OutsideGuests,
        bool SiteWide,
        PersonId By,
        DateTimeOffset At) : IRoomEvent
    {
        public string Fingerprint => RoomFingerprints.Book(By, Range.Start, Range.End, Kind, Title, Holder, Guests, OutsideGuests, SiteWide);
    }

    public sealed record Moved(CommandId CommandId, BookingId Booking, TimeRange Range, PersonId By, DateTimeOffset At) : IRoomEvent
    {
        public string Fingerprint => RoomFingerprints.Move(Booking, By, Range.Start, Range.End);
    }

    public sealed record Cancelled(CommandId CommandId, BookingId Booking, PersonId By, DateTimeOffset At) : IRoomEvent
    {
        public string Fingerprint => RoomFingerprints.Cancel(Booking, By);
    }
}
