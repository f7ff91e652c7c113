using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Rooms;

public static class RoomCommands
{
    /// <summary>Books the room from <paramref name="Start"/> to <paramref name="End"/>; <paramref name="NewId"/> is used unless it is a retry.</summary>
    /// <param name="SiteWide">This room's block of a privatisation of the whole site.</param>
    public sealed record Book(
        CommandId CommandId,
        Caller By,
        BookingId NewId,
        DateTimeOffset Start,
        DateTimeOffset End,
        BookingKind Kind,
        string Title,
        string Holder,
        int Guests,
        bool OutsideGuests,
        bool SiteWide,
        DateTimeOffset At) : IRoomCommand
    {
        public string Fingerprint => RoomFingerprints.Book(By.Person, Start, End, Kind, Title, Holder, Guests, OutsideGuests, SiteWide);
    }

    /// <summary>The same booking (same id) at another time.</summary>
    public sealed record Move(CommandId CommandId, Caller By, BookingId Booking, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset At) : IRoomCommand
    {
        public string Fingerprint => RoomFingerprints.Move(Booking, By.Person, Start, End);
    }

    /// <param name="SiteWide">Sent for a whole-site privatisation: only such a cancel lifts one of its blocks.</param>
    public sealed record Cancel(CommandId CommandId, Caller By, BookingId Booking, bool SiteWide, DateTimeOffset At) : IRoomCommand
    {
        public string Fingerprint => RoomFingerprints.Cancel(Booking, By.Person);
    }
}
