using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;
using static Facilitation.Domain.Rooms.RoomCommands;

namespace Facilitation.Domain.Rooms;

/// <summary>
/// The rules of one room's bookings, as pure functions: no two live bookings overlap (ranges are
/// half-open, so 10–11 then 11–12 is fine), guests fit the room, nothing is booked to end in the
/// past, and only a co-manager books for a client, an event or a privatisation.
/// </summary>
public static class RoomDecider
{
    public static Decision<IRoomEvent, Booking> Decide(RoomState state, IRoomCommand command, Room room)
    {
        if (state.Handled.TryGetValue(command.CommandId, out var handled))
            return handled.Fingerprint == command.Fingerprint && state.Find(handled.Booking) is { } first
                ? new Decision<IRoomEvent, Booking>.Repeat(first)
                : Reject(new Rejection(RejectionKind.Conflict, Outcomes.RejectionCodes.CommandIdReused));

        return command switch
        {
            Book book => DecideBook(state, book, room),
            Move move => DecideMove(state, move),
            Cancel cancel => DecideCancel(state, cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown room command"),
        };
    }

    public static RoomState Apply(RoomState state, IRoomEvent @event)
    {
        var bookings = @event switch
        {
            RoomEvents.Booked b => state.Bookings.SetItem(b.Booking.Value, new Booking(
                b.Booking, state.Room, b.Range, b.Kind, b.Title, b.Holder, b.Guests, b.OutsideGuests, b.By, BookingStatus.Live, b.SiteWide, 1)),
            RoomEvents.Moved m => Update(state, m.Booking, b => b with { Range = m.Range }),
            RoomEvents.Cancelled c => Update(state, c.Booking, b => b with { Status = BookingStatus.Cancelled }),
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown room event"),
        };
        return state with
        {
            Bookings = bookings,
            Version = state.Version + 1,
            Handled = state.Handled.SetItem(@event.CommandId, new HandledRoomCommand(@event.Fingerprint, @event.Booking)),
        };
    }

    private static Decision<IRoomEvent, Booking> DecideBook(RoomState state, Book book, Room room)
    {
        if (!Enum.IsDefined(book.Kind)) return Reject(Invalid(RoomRejectionCodes.UnknownKind, "kind"));
        if (Booking.NeedsCoManager(book.Kind) && !book.By.IsCoManager)
            return Reject(new Rejection(RejectionKind.Forbidden, Outcomes.RejectionCodes.CoManagerOnly));
        if (string.IsNullOrWhiteSpace(book.Title) || book.Title.Length > Booking.MaxTitleLength)
            return Reject(Invalid(RoomRejectionCodes.Title, "title"));
        if (string.IsNullOrWhiteSpace(book.Holder) || book.Holder.Length > Booking.MaxHolderLength)
            return Reject(Invalid(RoomRejectionCodes.Holder, "holder"));
        if (book.Guests < 1 || book.Guests > room.Capacity)
            return Reject(Invalid(RoomRejectionCodes.Guests, "guests") with { Count = room.Capacity });
        if (CheckTimes(book.Start, book.End, book.Kind, book.At) is { } badTime) return Reject(badTime);
        if (book.NewId == default) throw new ArgumentException("a new booking needs an id (BookingId.New())", nameof(book));
        if (state.Find(book.NewId) is not null) return Reject(new Rejection(RejectionKind.Conflict, RoomRejectionCodes.IdTaken));

        var range = new TimeRange(book.Start, book.End);
        if (state.ConflictWith(range) is { } other) return Reject(Overlap(other));
        return Accept(new RoomEvents.Booked(
            book.CommandId, book.NewId, range, book.Kind, book.Title.Trim(), book.Holder.Trim(), book.Guests, book.OutsideGuests,
            book.SiteWide, book.By.Person, book.At));
    }

    private static Decision<IRoomEvent, Booking> DecideMove(RoomState state, Move move)
    {
        if (state.Find(move.Booking) is not { } booking) return Reject(new Rejection(RejectionKind.NotFound, RoomRejectionCodes.NotFound));
        if (CheckChange(booking, move.By, move.At, siteWide: false) is { } why) return Reject(why);
        if (CheckTimes(move.Start, move.End, booking.Kind, move.At) is { } badTime) return Reject(badTime);
        var range = new TimeRange(move.Start, move.End);
        if (state.ConflictWith(range, except: booking.Id) is { } other) return Reject(Overlap(other));
        return Accept(new RoomEvents.Moved(move.CommandId, booking.Id, range, move.By.Person, move.At));
    }

    private static Decision<IRoomEvent, Booking> DecideCancel(RoomState state, Cancel cancel)
    {
        if (state.Find(cancel.Booking) is not { } booking) return Reject(new Rejection(RejectionKind.NotFound, RoomRejectionCodes.NotFound));
        if (CheckChange(booking, cancel.By, cancel.At, cancel.SiteWide) is { } why) return Reject(why);
        return Accept(new RoomEvents.Cancelled(cancel.CommandId, booking.Id, cancel.By.Person, cancel.At));
    }

    /// <summary>Who may change a booking, and whether it can still change.</summary>
    private static Rejection? CheckChange(Booking booking, Shifts.Caller by, DateTimeOffset at, bool siteWide)
    {
        if (Booking.NeedsCoManager(booking.Kind) && !by.IsCoManager)
            return new Rejection(RejectionKind.Forbidden, Outcomes.RejectionCodes.CoManagerOnly);
        if (!booking.IsLive) return Naming(new Rejection(RejectionKind.Conflict, RoomRejectionCodes.Cancelled), booking);
        if (booking.SiteWide && !siteWide) return Naming(new Rejection(RejectionKind.Conflict, RoomRejectionCodes.SiteWide), booking);
        if (booking.Range.End <= at) return Naming(new Rejection(RejectionKind.Conflict, RoomRejectionCodes.Over), booking);
        return null;
    }

    private static Rejection? CheckTimes(DateTimeOffset start, DateTimeOffset end, BookingKind kind, DateTimeOffset now)
    {
        if (end <= start) return Invalid(RoomRejectionCodes.EndsBeforeStart, "end");
        var longest = kind == BookingKind.Privatisation ? Booking.MaxPrivatisationDuration : Booking.MaxDuration;
        if (end - start > longest) return Invalid(RoomRejectionCodes.TooLong, "end") with { Would = end - start, Limit = longest };
        if (end <= now) return Invalid(RoomRejectionCodes.InThePast, "end");
        return null;
    }

    private static System.Collections.Immutable.ImmutableSortedDictionary<string, Booking> Update(RoomState state, BookingId id, Func<Booking, Booking> change) =>
        state.Bookings.TryGetValue(id.Value, out var booking)
            ? state.Bookings.SetItem(id.Value, change(booking) with { Version = booking.Version + 1 })
            : state.Bookings;

    private static Rejection Overlap(Booking other) => Naming(new Rejection(RejectionKind.Conflict, RoomRejectionCodes.Overlap), other);

    private static Rejection Naming(Rejection why, Booking booking) =>
        why with { Booking = booking.Id, Title = booking.Title, Range = booking.Range, Room = booking.Room };

    private static Rejection Invalid(string code, string field) => new(RejectionKind.Invalid, code) { Field = field };

    private static Decision<IRoomEvent, Booking> Accept(IRoomEvent @event) => new Decision<IRoomEvent, Booking>.Accept([@event]);

    private static Decision<IRoomEvent, Booking> Reject(Rejection why) => new Decision<IRoomEvent, Booking>.Reject(why);
}
