using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Persistence;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using static Facilitation.Actors.Desks.DeskMessages;

namespace Facilitation.Actors.Desks;

/// <summary>Marks the shard region of the desks in the actor registry.</summary>
public sealed class DeskRegion;

/// <summary>
/// One desk: the only writer of to whom it is assigned and who sits there. A nomad desk's take
/// holds for its local day until closing time (see <see cref="DeskState.OccupantAt"/>), so no timer
/// frees it.
/// </summary>
public sealed class DeskActor : JournaledEntity
{
    private const int SnapshotInterval = 100;

    private readonly Site? _site;
    private readonly Desk? _desk;
    private readonly TimeProvider _clock;
    private DeskState _state;

    public DeskActor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock)
    {
        var (site, desk) = EntityIds.Split(entityId);
        PersistenceId = $"desk-{site}-{desk}";
        _site = findSite(site);
        _desk = _site?.Desks.FirstOrDefault(d => d.Id == desk);
        _clock = clock;
        _state = DeskState.Empty(site, desk);

        Recover<Akka.Persistence.SnapshotOffer>(offer => _state = (DeskState)offer.Snapshot);
        Recover<IDeskEvent>(e => _state = DeskDecider.Apply(_state, e));

        Command<Execute>(Handle);
        Command<GetDesk>(_ => Sender.Tell(_state.View()));
        KeepSnapshotsTidy();
    }

    public override string PersistenceId { get; }

    protected override string Entity => "desk";

    public static Props PropsFor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock) =>
        Props.Create(() => new DeskActor(entityId, findSite, clock));

    protected override object Unavailable(string reason) => new DeskResult.Unavailable(reason);

    private void Handle(Execute execute)
    {
        if (_site is null || _desk is null)
        {
            Sender.Tell(new DeskResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, DeskRejectionCodes.NotFound), commandId: null)));
            return;
        }
        switch (Decided(DeskDecider.Decide(_state, Stamped(execute.Command), _desk, _site), commandId: null))
        {
            case Decision<IDeskEvent, DeskState>.Repeat repeat:
                Sender.Tell(new DeskResult.Accepted(repeat.FirstAnswer.View(), Repeated: true));
                break;
            case Decision<IDeskEvent, DeskState>.Reject reject:
                Sender.Tell(new DeskResult.Rejected(reject.Why));
                break;
            case Decision<IDeskEvent, DeskState>.Accept { Events.Count: 0 }:
                Sender.Tell(new DeskResult.Accepted(_state.View(), Repeated: false));
                break;
            case Decision<IDeskEvent, DeskState>.Accept accept:
                var replyTo = Sender;
                var last = accept.Events[^1];
                PersistAccepted(accept.Events, e =>
                {
                    _state = DeskDecider.Apply(_state, e);
                    SnapshotEvery(SnapshotInterval, _state);
                    if (ReferenceEquals(e, last)) replyTo.Tell(new DeskResult.Accepted(_state.View(), Repeated: false));
                });
                break;
        }
    }

    /// <summary>Times are the server's, taken when the command is decided.</summary>
    private IDeskCommand Stamped(IDeskCommand command)
    {
        var now = _clock.GetUtcNow();
        return command switch
        {
            DeskCommands.Assign a => a with { At = now },
            DeskCommands.Unassign u => u with { At = now },
            DeskCommands.Take t => t with { At = now },
            DeskCommands.Release r => r with { At = now },
            _ => command,
        };
    }
}

public static class DeskActorHosting
{
    public static AkkaConfigurationBuilder AddDesks(this AkkaConfigurationBuilder builder, Func<SiteId, Site?> findSite, TimeProvider clock, ShardOptions options) =>
        builder.WithShardRegion<DeskRegion>("desk", entityId => DeskActor.PropsFor(entityId, findSite, clock), new EntityMessageExtractor(), options);
}
