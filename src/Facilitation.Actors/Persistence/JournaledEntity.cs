using Akka.Event;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Hosting.Logging;
using Akka.Persistence;
using Facilitation.Actors.Clustering;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Telemetry;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facilitation.Actors.Persistence;

/// <summary>
/// What every persistent entity here does alike: snapshots every so many events (keeping only the
/// newest), and a 503-style answer to the waiting caller when the journal cannot take an event,
/// before the actor stops and is started again by its next message; the same, as a
/// <see cref="StorageUnavailableException"/>, to everyone who asked while it could not be read back
/// from storage; telling the site's screens; and counting what it decides
/// (<see cref="FacilitationMetrics"/>): a repeat or a refusal when the decider says so
/// (<see cref="Decided{TEvent,TAnswer}"/>), an acceptance once its events are in the journal
/// (<see cref="PersistAccepted{TEvent}"/>), an unavailable answer when it is sent.
/// </summary>
public abstract class JournaledEntity : ReceivePersistentActor
{
    private readonly List<IActorRef> _askedWhileRecovering = [];
    private Microsoft.Extensions.Logging.ILogger? _logger;

    /// <summary>The entity's name in metrics and logs: its shard region's name ("shift", "task-board").</summary>
    protected abstract string Entity { get; }

    /// <summary>
    /// The host's logger factory (the one Akka's own logs go through), for log lines with named
    /// properties; nothing when the actor system has none (the actor tests).
    /// </summary>
    protected Microsoft.Extensions.Logging.ILogger Logger => _logger ??=
        Context.System.Settings.Setup.Get<LoggerFactorySetup>() is { HasValue: true } setup
            ? setup.Value.LoggerFactory.CreateLogger(GetType())
            : NullLogger.Instance;

    /// <summary>
    /// Notes who sent a message while the entity is still being read from the journal: Akka keeps
    /// those messages aside and drops them if the reading fails, which would leave the callers
    /// waiting for their whole timeout while the database is down.
    /// </summary>
    protected override bool AroundReceive(Receive receive, object message)
    {
        if (!IsRecovering && message is IEntityMessage && !WriteFence.Get(Context.System).IsOpen)
        {
            // The cluster on the database has dropped this node, or it has just stood still: its
            // entities may be running elsewhere already. Nothing is written; the caller retries
            // (on another node) and this entity stops.
            FacilitationMetrics.CommandDecided(Entity, CommandOutcome.Unavailable);
            Logger.Unavailable(Entity, PersistenceId, "fenced");
            if (!Sender.IsNobody()) Sender.Tell(Unavailable("fenced"), Self);
            Context.Stop(Self);
            return true;
        }
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

    /// <summary>
    /// Answers the entity's whole state to a caller on this node (the actor tests look into it); a
    /// caller on another node is refused at once. A whole state grows with the entity's history:
    /// between nodes it would outgrow remoting's frame (128,000 bytes) and be dropped, leaving the
    /// caller to wait out its time-out. Readers anywhere in the cluster ask for a bounded view.
    /// </summary>
    protected void AnswerOnThisNodeOnly(object state)
    {
        if (Sender.Path.Address.HasGlobalScope)
            Sender.Tell(new Status.Failure(new NotSupportedException($"{PersistenceId} gives its whole state on its own node only: ask for a view")));
        else
            Sender.Tell(state);
    }

    /// <summary>Saves the state when the last persisted event's number is a multiple of <paramref name="every"/>.</summary>
    protected void SnapshotEvery(int every, object state)
    {
        if (LastSequenceNr % every == 0) SaveSnapshot(state);
    }

    /// <summary>
    /// Counts what the decider made of a command that is answered at once: a repeat, a refusal, or an
    /// acceptance with nothing to write. An acceptance with events is counted by <see cref="PersistAccepted{TEvent}"/>.
    /// </summary>
    protected Decision<TEvent, TAnswer> Decided<TEvent, TAnswer>(Decision<TEvent, TAnswer> decision, CommandId? commandId)
    {
        switch (decision)
        {
            case Decision<TEvent, TAnswer>.Repeat:
                FacilitationMetrics.CommandDecided(Entity, CommandOutcome.Repeat);
                break;
            case Decision<TEvent, TAnswer>.Reject reject:
                Refused(reject.Why, commandId);
                break;
            case Decision<TEvent, TAnswer>.Accept { Events.Count: 0 }:
                FacilitationMetrics.CommandDecided(Entity, CommandOutcome.Accepted);
                break;
        }
        return decision;
    }

    /// <summary>Counts and logs a refusal (of the decider, or of the entity itself: an unknown site); returns it for the answer.</summary>
    protected Rejection Refused(Rejection why, CommandId? commandId)
    {
        FacilitationMetrics.CommandRejected(Entity, why.Code);
        Logger.Refused(Entity, PersistenceId, commandId?.Value, why.Code);
        return why;
    }

    /// <summary>
    /// Persists an accepted command's events; it counts as accepted once the last of them is in the
    /// journal, just before its handler runs (so before any answer the handler sends).
    /// </summary>
    protected void PersistAccepted<TEvent>(IReadOnlyList<TEvent> events, Action<TEvent> handler) where TEvent : class
    {
        if (events.Count == 0) return; // counted by Decided; nothing to write, as PersistAll of nothing
        var last = events[^1];
        PersistAll(events, e =>
        {
            if (ReferenceEquals(e, last)) FacilitationMetrics.CommandDecided(Entity, CommandOutcome.Accepted);
            handler(e);
        });
    }

    /// <summary>Tells the waiting caller that nothing could be done now (a step of the entity's own did not answer): counted and logged.</summary>
    protected void TellUnavailable(IActorRef replyTo, string reason)
    {
        FacilitationMetrics.CommandDecided(Entity, CommandOutcome.Unavailable);
        Logger.Unavailable(Entity, PersistenceId, reason);
        replyTo.Tell(Unavailable(reason), Self);
    }

    /// <summary>Tells the site's screens (through every node's SignalR bridge) about a persisted change.</summary>
    protected void PublishToSite(SiteId site, object message) =>
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Publish(SiteEvents.Topic(site), message));

    /// <summary>What the waiting caller is told when nothing could be persisted: the entity's own "unavailable" answer.</summary>
    protected virtual object Unavailable(string reason) => new CommandResult.Unavailable(reason);

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        FacilitationMetrics.CommandDecided(Entity, CommandOutcome.Unavailable);
        Logger.PersistFailed(cause, Entity, PersistenceId, @event.GetType().Name);
        Context.System.EventStream.Publish(new StoppedByStorage(Self));
        Sender.Tell(Unavailable("storage"), Self);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        FacilitationMetrics.CommandDecided(Entity, CommandOutcome.Unavailable);
        Logger.PersistRejected(cause, Entity, PersistenceId, @event.GetType().Name);
        Sender.Tell(Unavailable("storage"), Self);
        base.OnPersistRejected(cause, @event, sequenceNr);
    }
}
