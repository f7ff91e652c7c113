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
/// before the actor stops and is started again by its next message; the same, as a
/// <see cref="StorageUnavailableException"/>, to everyone who asked while it could not be read back
/// from storage; and telling the site's screens.
/// </summary>
public abstract class JournaledEntity : ReceivePersistentActor
{
    private readonly List<IActorRef> _askedWhileRecovering = [];

    /// <summary>
    /// Notes who sent a message while the entity is still being read from the journal: Akka keeps
    /// those messages aside and drops them if the reading fails, which would leave the callers
    /// waiting for their whole timeout while the database is down.
    /// </summary>
    protected override bool AroundReceive(Receive receive, object message)
    {
        if (IsRecovering)
        {
            if (message is IEntityMessage && !Sender.IsNobody()) _askedWhileRecovering.Add(Sender);
        }
        else if (_askedWhileRecovering.Count > 0)
        {
            _askedWhileRecovering.Clear();
        }
        return base.AroundReceive(receive, message);
    }

    /// <summary>The entity could not be read back (the database is gone): everyone waiting is told at once, then the actor stops.</summary>
    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        Log.Error(reason, "Could not recover {0}; {1} waiting caller(s) told to retry", PersistenceId, _askedWhileRecovering.Count);
        Context.System.EventStream.Publish(new StoppedByStorage(Self));
        var failure = new Status.Failure(new StorageUnavailableException(PersistenceId, $"could not be read from storage ({reason.Message})", reason));
        foreach (var caller in _askedWhileRecovering.Distinct()) caller.Tell(failure, Self);
        _askedWhileRecovering.Clear();
        base.OnRecoveryFailure(reason, message);
    }

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
        Context.System.EventStream.Publish(new StoppedByStorage(Self));
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
