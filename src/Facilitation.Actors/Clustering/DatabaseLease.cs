using Akka.Actor;
using Akka.Coordination;
using Akka.Event;

namespace Facilitation.Actors.Clustering;

/// <summary>
/// The split brain resolver's lease (<c>lease-majority</c>), a row of
/// <see cref="ClusterLeaseStore"/>: when the cluster splits, or two halves tie, the side whose
/// leader takes it stays and the other downs itself, so never two sides write, and never none.
/// Only a node that the cluster's row lists may take it: a node that was downed while it stood
/// still (and came back believing the others gone) cannot win it and keep itself alive alone. And
/// a holder the cluster's row no longer lists holds nothing (<see cref="ClusterLeaseStore.Acquire"/>).
/// Held, it is kept fresh every heartbeat-interval; lost when it could not be kept for
/// heartbeat-timeout.
/// </summary>
public sealed class DatabaseLease : Lease
{
    private readonly ClusterLeaseStore _store;
    private readonly ILoggingAdapter _log;
    private readonly object _gate = new();
    private CancellationTokenSource? _heartbeat;
    private Task _keeping = Task.CompletedTask;
    private DateTime _heldUntil = DateTime.MinValue;

    public DatabaseLease(LeaseSettings settings, ExtendedActorSystem system) : base(settings)
    {
        _store = system.Settings.Setup.Get<ClusterLeaseSetup>().Value?.Store
            ?? throw new InvalidOperationException("the split brain resolver's lease needs the cluster's lease store (ClusterLeaseSetup)");
        _log = Logging.GetLogger(system, typeof(DatabaseLease));
    }

    public override Task<bool> Acquire() => Acquire(_ => { });

    public override async Task<bool> Acquire(Action<Exception> leaseLostCallback)
    {
        using var timeout = new CancellationTokenSource(Settings.TimeoutSettings.OperationTimeout);
        try
        {
            var cluster = await _store.Read(ClusterLeaseStore.ClusterRow, timeout.Token);
            if (cluster is { Fresh: true } && !cluster.Members.Any(m => UniqueAddresses.HostPortOf(m) == Settings.OwnerName))
            {
                _log.Warning("Lease [{0}] refused to [{1}]: the cluster on the database does not count it as a member", Settings.LeaseName, Settings.OwnerName);
                return false;
            }
            var started = DateTime.UtcNow;
            if (!await _store.Acquire(Settings.LeaseName, Settings.OwnerName, Settings.TimeoutSettings.HeartbeatTimeout, timeout.Token)) return false;
            Held(started, leaseLostCallback);
            return true;
        }
        catch (Exception e) when (e is not LeaseException)
        {
            throw new LeaseException($"lease {Settings.LeaseName} could not be acquired: {e.Message}");
        }
    }

    public override async Task<bool> Release()
    {
        Task keeping;
        lock (_gate)
        {
            _heartbeat?.Cancel();
            _heartbeat = null;
            _heldUntil = DateTime.MinValue;
            keeping = _keeping;
        }
        // A renewal in flight must not write the row again after it is deleted.
        await keeping;
        using var timeout = new CancellationTokenSource(Settings.TimeoutSettings.OperationTimeout);
        try
        {
            await _store.Release(Settings.LeaseName, Settings.OwnerName, timeout.Token);
            return true;
        }
        catch (Exception e)
        {
            throw new LeaseException($"lease {Settings.LeaseName} could not be released: {e.Message}");
        }
    }

    public override bool CheckLease()
    {
        lock (_gate) return DateTime.UtcNow < _heldUntil;
    }

    private void Held(DateTime since, Action<Exception> lost)
    {
        lock (_gate)
        {
            _heldUntil = since + Settings.TimeoutSettings.HeartbeatTimeout;
            if (_heartbeat is not null) return;
            _heartbeat = new CancellationTokenSource();
            _keeping = KeepFresh(_heartbeat.Token, lost);
        }
    }

    private async Task KeepFresh(CancellationToken stop, Action<Exception> lost)
    {
        var timeouts = Settings.TimeoutSettings;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(timeouts.HeartbeatInterval, stop);
                var started = DateTime.UtcNow;
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
                    timeout.CancelAfter(timeouts.OperationTimeout);
                    if (await _store.Acquire(Settings.LeaseName, Settings.OwnerName, timeouts.HeartbeatTimeout, timeout.Token))
                    {
                        lock (_gate) _heldUntil = started + timeouts.HeartbeatTimeout;
                        continue;
                    }
                    Lost(lost, new LeaseException($"lease {Settings.LeaseName} was taken by another owner"));
                    return;
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    if (!CheckLease())
                    {
                        Lost(lost, new LeaseException($"lease {Settings.LeaseName} could not be kept: {e.Message}"));
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Released.
        }
    }

    private void Lost(Action<Exception> callback, Exception why)
    {
        lock (_gate)
        {
            _heldUntil = DateTime.MinValue;
            _heartbeat = null;
        }
        _log.Warning("Lost the lease [{0}]: {1}", Settings.LeaseName, why.Message);
        callback(why);
    }
}
