using Facilitation.Actors.Rooms;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Rooms.TestBookings;

namespace Facilitation.Actors.Tests.Rooms;

/// <summary>
/// A room is the one writer of its bookings: callers racing for one slot are decided one after the
/// other on a real SQLite journal, and a new actor system on the same file has every booking and
/// every command id again.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class RoomActorTests : NodeTest
{
    [Fact]
    public async Task Of_many_callers_booking_the_same_slot_at_once_exactly_one_wins_and_the_others_are_told_who()
    {
        var attempts = Enumerable.Range(0, 25).Select(i => Book(At(1, 10), At(1, 12).AddMinutes(i))).ToList();

        var results = await Task.WhenAll(attempts.Select(b => Node.Room(Vanves, b)));

        var winner = Accepted(Assert.Single(results, r => r is RoomMessages.RoomResult.Accepted));
        var refused = results.OfType<RoomMessages.RoomResult.Rejected>().ToList();
        Assert.Equal(24, refused.Count);
        Assert.All(refused, r => Assert.Equal((RejectionKind.Conflict, RoomRejectionCodes.Overlap, winner.Id), (r.Why.Kind, r.Why.Code, r.Why.Booking)));
        Assert.Single(await Node.LiveBookings(Vanves));
        Assert.Equal(["room.booked.v1"], Journal.Manifests(Db, RoomsId(Site.Id.Value, Vanves)));
    }

    [Fact]
    public async Task A_restart_on_the_same_file_keeps_the_bookings_and_recognises_old_command_ids()
    {
        var book = Book(At(1, 10), At(1, 12));
        var first = Accepted(await Node.Room(Vanves, book));
        var move = new RoomCommands.Move(NewCommandId("move"), CoManager, first.Id, At(1, 14), At(1, 16), default);
        var moved = Accepted(await Node.Room(Vanves, move));

        await RestartAsync();

        Assert.Equal(moved, Assert.Single(await Node.LiveBookings(Vanves)));
        Assert.Equal(moved, Accepted(await Node.Room(Vanves, book with { NewId = BookingId.New() }), repeated: true));
        Assert.Equal(moved, Accepted(await Node.Room(Vanves, move), repeated: true));
        var why = Assert.IsType<RoomMessages.RoomResult.Rejected>(await Node.Room(Vanves, Book(At(1, 15), At(1, 17)))).Why;
        Assert.Equal((RoomRejectionCodes.Overlap, first.Id), (why.Code, why.Booking));
        Assert.Equal(["room.booked.v1", "room.moved.v1"], Journal.Manifests(Db, RoomsId(Site.Id.Value, Vanves)));
    }

    [Fact]
    public async Task A_room_the_site_does_not_have_is_not_found()
    {
        var result = await Node.Room("salle-inconnue", Book(At(1, 10), At(1, 12)));

        Assert.Equal(RoomRejectionCodes.RoomNotFound, Assert.IsType<RoomMessages.RoomResult.Rejected>(result).Why.Code);
    }

    [Fact]
    public async Task A_booking_is_published_on_the_sites_topic_once_persisted()
    {
        var probe = Node.Kit.CreateTestProbe();
        probe.IgnoreMessages(m => m is not (RoomChanged or Akka.Cluster.Tools.PublishSubscribe.SubscribeAck));
        Akka.Cluster.Tools.PublishSubscribe.DistributedPubSub.Get(Node.System).Mediator.Tell(
            new Akka.Cluster.Tools.PublishSubscribe.Subscribe(Facilitation.Actors.Messages.SiteEvents.Topic(Site.Id), probe.Ref), probe.Ref);
        probe.ExpectMsg<Akka.Cluster.Tools.PublishSubscribe.SubscribeAck>();

        var booking = Accepted(await Node.Room(Vanves, Book(At(1, 10), At(1, 12))));

        var changed = probe.ExpectMsg<RoomChanged>();
        Assert.Equal((Site.Id, Vanves, booking), (changed.Site, changed.Room, changed.Booking));
    }
}
