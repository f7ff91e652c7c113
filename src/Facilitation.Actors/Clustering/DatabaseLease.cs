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
/// </summary>
/// <remarks>
/// Taken for heartbeat-timeout and never renewed: the lease only has to outlast one decision (the
/// losing side asks for it acquire-lease-delay-for-minority after the winner), and a holder that
/// kept it fresh would, if it then froze or was cut off, leave the rest of the cluster unable to
/// decide anything until it ran out — downing itself meanwhile, since a side that cannot take the
/// lease downs itself.
/// </remarks>
public sealed class DatabaseLease : Lease
{
    private readonly ClusterLeaseStore _store;
    private readonly ILoggingAdapter _log;
    private long _heldUntilTicks = DateTime.MinValue.Ticks;

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
            Interlocked.Exchange(ref _heldUntilTicks, (started + Settings.TimeoutSettings.HeartbeatTimeout).Ticks);
            return true;
        }
        catch (Exception e) when (e is not LeaseException)
        {
            throw new LeaseException($"lease {Settings.LeaseName} could not be acquired: {e.Message}");
        }
    }

    public override async Task<bool> Release()
    {
        Interlocked.Exchange(ref _heldUntilTicks, DateTime.MinValue.Ticks);
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

    public override bool CheckLease() => DateTime.UtcNow.Ticks < Interlocked.Read(ref _heldUntilTicks);
}
