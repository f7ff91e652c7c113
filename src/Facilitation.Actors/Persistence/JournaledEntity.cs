using Akka.Event;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Persistence;
using Facilitation.Domain.Ids;
using Facilitation.Actors.Messages;

namespace Facilitation.Actors.Persistence;

/// <summary>
/// What every persistent entity here does alike: snapshots every so many events (keeping only the
/// newest), and a 503-style answer to the waiting caller when the journal cannot take an event,
/// before the actor stops and is started again by its next message; and telling the site's screens.
/// </summary>
public abstract class JournaledEntity : ReceivePersistentActor
{
    /// <summary>Registers the snapshot store's answers; call from the constructor (and every behaviour that handles them).</summary>
    protected void KeepSnapshotsTidy()
    {
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => Log.Warning(f.Cause, "Snapshot of {0} failed", PersistenceId));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(f => Log.Warning(f.Cause, "Old snapshots of {0} not deleted", PersistenceId));
    }

    /// <summary>Saves the state when the last persisted event's number is a multiple of <paramref name="every"/>.</summary>
    protected void SnapshotEvery(int every, object state)
    {
        if (LastSequenceNr % every == 0) SaveSnapshot(state);
    }

    /// <summary>Tells the site's screens (through every node's SignalR bridge) about a persisted change.</summary>
    protected void PublishToSite(SiteId site, object message) =>
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Publish(SiteEvents.Topic(site), message));

    /// <summary>What the waiting caller is told when nothing could be persisted: the entity's own "unavailable" answer.</summary>
    protected virtual object Unavailable(string reason) => new CommandResult.Unavailable(reason);

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        Log.Error(cause, "Could not persist {0} in {1}", @event.GetType().Name, PersistenceId);
        Sender.Tell(Unavailable("storage"), Self);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        Log.Error(cause, "Journal rejected {0} in {1}", @event.GetType().Name, PersistenceId);
        Sender.Tell(Unavailable("storage"), Self);
        base.OnPersistRejected(cause, @event, sequenceNr);
    }
}
