using System.Security.Cryptography;
using System.Text;
using Akka.Actor;
using Facilitation.Actors.Rooms;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Rooms;

/// <summary>
/// A privatisation of the whole site: one block, with the same booking id, in every room, all or
/// nothing. Each room stays the one writer of its bookings; this only asks them in site-file order
/// and, when one refuses, cancels the blocks already made. Every id here is derived from the
/// client's command id, so a retry books, refuses or undoes exactly what the first send did.
/// </summary>
/// <remarks>
/// A room that does not answer (503) leaves the blocks made so far in place: nothing is known about
/// that room, and sending the same command again completes the privatisation (or the cancel route
/// lifts it). Not a persistent saga: a crash halfway leaves blocks that the same retry completes.
/// </remarks>
public sealed class SitePrivatisation(IActorRef rooms, Site site, TimeSpan timeout, ILogger logger)
{
    public abstract record Outcome
    {
        private Outcome() { }

        public sealed record Done(BookingId Id, IReadOnlyList<Booking> Blocks, bool Repeated) : Outcome;

        public sealed record Refused(Rejection Why) : Outcome;

        public sealed record Unavailable(string Reason) : Outcome;
    }

    public static BookingId IdFor(SiteId site, CommandId command) => BookingId.Derive($"privatisation|{site}|{command}");

    public async Task<Outcome> Book(
        CommandId command, Caller by, DateTimeOffset start, DateTimeOffset end, string title, string holder, int guests, DateTimeOffset now)
    {
        var id = IdFor(site.Id, command);
        var blocks = new List<Booking>();
        var repeated = true;
        Booking? withdrawn = null;
        foreach (var room in site.Rooms)
        {
            var book = new RoomCommands.Book(Derived(command, room, "book"), by, id, start, end, BookingKind.Privatisation,
                title, holder, Math.Min(guests, room.Capacity), OutsideGuests: true, SiteWide: true, now);
            switch (await Ask(room, book))
            {
                case RoomMessages.RoomResult.Accepted { Booking.IsLive: false } undone:
                    // This command was refused before and its blocks undone: go on, so that the room
                    // that refused then gives its reason again if it still has it.
                    withdrawn ??= undone.Booking;
                    break;
                case RoomMessages.RoomResult.Accepted accepted:
                    blocks.Add(accepted.Booking);
                    repeated &= accepted.Repeated;
                    break;
                case RoomMessages.RoomResult.Rejected rejected:
                    await Undo(command, by, id, blocks, now);
                    return new Outcome.Refused(rejected.Why with { Room = rejected.Why.Room ?? room.Id });
                case RoomMessages.RoomResult.Unavailable unavailable:
                    return new Outcome.Unavailable(unavailable.Reason);
            }
        }
        if (withdrawn is not null)
        {
            // The same command cannot become a privatisation after all: it was refused once.
            await Undo(command, by, id, blocks, now);
            return new Outcome.Refused(new Rejection(RejectionKind.Conflict, RoomRejectionCodes.Cancelled)
            {
                Booking = id, Title = withdrawn.Title, Range = withdrawn.Range, Room = withdrawn.Room,
            });
        }
        return new Outcome.Done(id, blocks, repeated);
    }

    /// <summary>Lifts every block of the privatisation; rooms without it (or already lifted) are passed over.</summary>
    public async Task<Outcome> Cancel(CommandId command, Caller by, BookingId id, DateTimeOffset now)
    {
        var lifted = new List<Booking>();
        var repeated = true;
        foreach (var room in site.Rooms)
        {
            switch (await Ask(room, new RoomCommands.Cancel(Derived(command, room, "cancel"), by, id, SiteWide: true, now)))
            {
                case RoomMessages.RoomResult.Accepted accepted:
                    lifted.Add(accepted.Booking);
                    repeated &= accepted.Repeated;
                    break;
                case RoomMessages.RoomResult.Rejected { Why.Code: RoomRejectionCodes.NotFound or RoomRejectionCodes.Cancelled }:
                    break;
                case RoomMessages.RoomResult.Rejected rejected:
                    return new Outcome.Refused(rejected.Why with { Room = rejected.Why.Room ?? room.Id });
                case RoomMessages.RoomResult.Unavailable unavailable:
                    return new Outcome.Unavailable(unavailable.Reason);
            }
        }
        return lifted.Count == 0
            ? new Outcome.Refused(new Rejection(RejectionKind.NotFound, RoomRejectionCodes.NotFound))
            : new Outcome.Done(id, lifted, repeated);
    }

    private async Task Undo(CommandId command, Caller by, BookingId id, List<Booking> blocks, DateTimeOffset now)
    {
        foreach (var block in blocks)
        {
            var room = site.FindRoom(block.Room)!;
            if (await Ask(room, new RoomCommands.Cancel(Derived(command, room, "undo"), by, id, SiteWide: true, now)) is not RoomMessages.RoomResult.Accepted)
                logger.LogWarning("Could not lift the block {Booking} of {Room} after a refused privatisation; the same command sent again retries", id, room.Id);
        }
    }

    private async Task<RoomMessages.RoomResult> Ask(Room room, IRoomCommand command) =>
        await RoomOutcome.Ask(rooms, new RoomMessages.Execute(site.Id, room.Id, command), timeout);

    /// <summary>One room's command id for one step of the client's command: the same every time, at most 48 characters.</summary>
    private static CommandId Derived(CommandId command, Room room, string step) =>
        new($"pv-{step}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{command}|{room.Id}")))[..38]}");
}
