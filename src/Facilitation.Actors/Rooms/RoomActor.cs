using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Event;
using Akka.Hosting;
using Akka.Persistence;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Persistence;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Rooms.RoomMessages;

namespace Facilitation.Actors.Rooms;

/// <summary>Marks the shard region of the rooms in the actor registry.</summary>
public sealed class RoomRegion;

/// <summary>
/// One room of a site: the only writer of its bookings, so two callers racing for one slot are
/// decided one after the other. After each change it tells the task board the booking's plan
/// (set-up, welcome, cleaning). Plans are idempotent, so on every wake-up the room sends again the
/// plan of each booking not over yet: a crash between persisting and telling is repaired then.
/// </summary>
public sealed class RoomActor : JournaledEntity
{
    private const int SnapshotInterval = 100;

    private readonly Site? _site;
    private readonly Room? _room;
    private readonly TimeProvider _clock;
    private RoomState _state;

    public RoomActor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock)
    {
        var (site, room) = EntityIds.Split(entityId);
        PersistenceId = $"room-{site}-{room}";
        _site = findSite(site);
        _room = _site?.FindRoom(room);
        _clock = clock;
        _state = RoomState.Empty(site, room);

        Recover<SnapshotOffer>(offer => _state = (RoomState)offer.Snapshot);
        Recover<IRoomEvent>(e => _state = RoomDecider.Apply(_state, e));

        Command<Execute>(Handle);
        Command<GetDay>(q => Sender.Tell(RoomDay.Page(_state, q.Span, q.After)));
        Command<TaskBoardMessages.Planned>(_ => { });
        Command<TaskBoardMessages.TaskResult>(refused => Log.Error("The task board refused the plan of a booking of {0}: {1}", PersistenceId, refused));
        KeepSnapshotsTidy();
    }

    public override string PersistenceId { get; }

    protected override string Entity => "room";

    public static Props PropsFor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock) =>
        Props.Create(() => new RoomActor(entityId, findSite, clock));

    protected override object Unavailable(string reason) => new RoomResult.Unavailable(reason);

    /// <summary>Every booking not over yet tells its plan again (an empty one when cancelled).</summary>
    protected override void OnReplaySuccess()
    {
        if (_room is null) return;
        var now = _clock.GetUtcNow();
        foreach (var booking in _state.Bookings.Values.Where(b => b.Range.End > now)) TellPlan(booking);
    }

    private void Handle(Execute execute)
    {
        if (_site is null || _room is null)
        {
            Sender.Tell(new RoomResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, RoomRejectionCodes.RoomNotFound), execute.Command.CommandId)));
            return;
        }
        switch (Decided(RoomDecider.Decide(_state, Stamped(execute.Command), _room), execute.Command.CommandId))
        {
            case Decision<IRoomEvent, Booking>.Repeat repeat:
                Sender.Tell(new RoomResult.Accepted(repeat.FirstAnswer, Repeated: true));
                break;
            case Decision<IRoomEvent, Booking>.Reject reject:
                Sender.Tell(new RoomResult.Rejected(reject.Why));
                break;
            case Decision<IRoomEvent, Booking>.Accept accept:
                var replyTo = Sender;
                PersistAccepted(accept.Events, e =>
                {
                    _state = RoomDecider.Apply(_state, e);
                    SnapshotEvery(SnapshotInterval, _state);
                    var booking = _state.Find(e.Booking)!;
                    replyTo.Tell(new RoomResult.Accepted(booking, Repeated: false));
                    PublishToSite(_state.Site, new RoomChanged(_state.Site, _state.Room, booking));
                    TellPlan(booking);
                });
                break;
        }
    }

    /// <summary>Times are the server's, taken when the command is decided, not the client's.</summary>
    private IRoomCommand Stamped(IRoomCommand command) => command switch
    {
        RoomCommands.Book b => b with { At = _clock.GetUtcNow() },
        RoomCommands.Move m => m with { At = _clock.GetUtcNow() },
        RoomCommands.Cancel c => c with { At = _clock.GetUtcNow() },
        _ => command,
    };

    /// <summary>
    /// The booking's tasks, to the site's board. A whole-site privatisation has one block per room
    /// but one set of tasks, at the entrance: only the site's first room plans it.
    /// </summary>
    private void TellPlan(Booking booking)
    {
        if (_site is null || _room is null) return;
        if (booking.SiteWide && _site.Rooms[0].Id != _room.Id) return;
        var (where, place) = booking.SiteWide ? ("le site", "entrance") : (_room.Name, _room.Id);
        var tasks = BookingTaskPlan.For(booking, where, place, _site.BookingTasks, _site.TaskDeadlines);
        var plan = new TaskCommands.Plan(BookingTaskPlan.Source(booking), BookingTaskPlan.Origin(booking), tasks, _clock.GetUtcNow());
        ActorRegistry.For(Context.System).Get<TaskBoardRegion>().Tell(new TaskBoardMessages.PlanTasks(_site.Id, plan), Self);
    }
}

public static class RoomActorHosting
{
    public static AkkaConfigurationBuilder AddRooms(
        this AkkaConfigurationBuilder builder, Func<SiteId, Site?> findSite, TimeProvider clock, ShardOptions options) =>
        builder.WithShardRegion<RoomRegion>(
            "room",
            entityId => RoomActor.PropsFor(entityId, findSite, clock),
            new EntityMessageExtractor(),
            options);
}
