using Akka;
using Akka.Actor;
using Akka.Event;
using Akka.Hosting;

namespace Facilitation.Actors.Clustering;

/// <summary>
/// This node's side of the cluster's row in the database (<see cref="ClusterLeaseStore"/>), one
/// per node. While the node is not yet a member it forms a cluster only if none is alive on the
/// database, and otherwise joins the members the row lists (<see cref="ClusterFormation"/>). Once Up,
/// at every beat it reads the row: its fence follows it (<see cref="WriteFence"/>), and a node the
/// row has dropped leaves at once (its entities have started again elsewhere); the leader also
/// writes the row, fresh and with the members it sees Up (<see cref="ClusterRenewal"/>).
/// </summary>
public sealed class ClusterLeaseKeeper : ReceiveActor, IWithTimers
{
    private readonly ClusterLeaseStore _store;
    private readonly Akka.Cluster.Cluster _cluster = Akka.Cluster.Cluster.Get(Context.System);
    private readonly WriteFence _fence = WriteFence.Get(Context.System);
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly string _self;
    private IReadOnlyList<string> _joiningThrough = [];
    private bool _busy;
    private bool _formed;

    public ClusterLeaseKeeper(ClusterLeaseStore store, bool formed)
    {
        _store = store;
        _formed = formed;
        _self = UniqueAddresses.Of(_cluster.SelfUniqueAddress);
        _fence.Enforce(_self);
        Forming();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props PropsFor(ClusterLeaseStore store, bool formed) => Props.Create(() => new ClusterLeaseKeeper(store, formed));

    protected override void PreStart()
    {
        Timers.StartPeriodicTimer("beat", Beat.Instance, TimeSpan.Zero, _store.Settings.Beat);
        var store = _store;
        var self = _self;
        // A node that leaves on purpose, alone, gives the row up: the next start need not wait for
        // it to go stale. Never when others are listed: they are the cluster, and take the row over.
        CoordinatedShutdown.Get(Context.System).AddTask(CoordinatedShutdown.PhaseClusterExitingDone, "release-cluster-row", async () =>
        {
            using var timeout = new CancellationTokenSource(store.Settings.OperationTimeout);
            try
            {
                await store.ReleaseIfAlone(self, timeout.Token);
            }
            catch (Exception)
            {
                // The row goes stale by itself.
            }
            return Done.Instance;
        });
    }

    private void Forming()
    {
        Receive<Beat>(_ =>
        {
            if (_cluster.SelfMember.Status == Akka.Cluster.MemberStatus.Up)
            {
                Become(Keeping);
                Self.Tell(Beat.Instance);
                return;
            }
            if (_busy || _formed) return; // formed at start: it only waits to be Up
            _busy = true;
            Run(cancel => _store.Read(ClusterLeaseStore.ClusterRow, cancel), record => new Read(record));
        });
        Receive<Read>(read =>
        {
            switch (ClusterFormation.Decide(read.Record, _self))
            {
                case ClusterFormation.Step.Form form:
                    Run(cancel => _store.Write(ClusterLeaseStore.ClusterRow, form.ReadVersion, _self, [_self], cancel), taken => new Taken(taken));
                    break;
                case ClusterFormation.Step.Join join:
                    _busy = false;
                    if (join.Through.SequenceEqual(_joiningThrough)) return;
                    _joiningThrough = join.Through;
                    _log.Info("A cluster is alive on the database: joining it through [{0}]", string.Join(", ", join.Through));
                    _cluster.JoinSeedNodes(join.Through.Select(Address.Parse));
                    break;
            }
        });
        Receive<Taken>(taken =>
        {
            _busy = false;
            if (!taken.Ok) return; // another node formed one at the same instant: join it at the next beat
            _log.Info("No cluster is alive on the database: this node [{0}] forms one", _self);
            _formed = true;
            _cluster.Join(_cluster.SelfAddress);
        });
        Receive<Failed>(Complain);
    }

    private void Keeping()
    {
        Receive<Beat>(_ =>
        {
            if (_busy) return;
            _busy = true;
            Run(cancel => _store.Read(ClusterLeaseStore.ClusterRow, cancel), record => new Read(record));
        });
        Receive<Read>(read =>
        {
            var fence = _fence.Seen(read.Record);
            if (fence.Expelled)
            {
                _busy = false;
                _log.Error("The cluster on the database no longer counts this node [{0}] as a member: it has been downed; leaving now, writing nothing", _self);
                CoordinatedShutdown.Get(Context.System).Run(CoordinatedShutdown.ClusterDowningReason.Instance);
                Become(Leaving);
                return;
            }
            var state = _cluster.State;
            if (state.Leader != _cluster.SelfAddress || _cluster.SelfMember.Status != Akka.Cluster.MemberStatus.Up)
            {
                _busy = false;
                return;
            }
            var view = state.Members.Select(m => UniqueAddresses.Of(m.UniqueAddress)).ToHashSet();
            var unreachable = state.Unreachable.Select(m => UniqueAddresses.Of(m.UniqueAddress)).ToHashSet();
            var up = state.Members.Where(m => m.Status == Akka.Cluster.MemberStatus.Up).Select(m => UniqueAddresses.Of(m.UniqueAddress)).ToList();
            switch (ClusterRenewal.Decide(read.Record, _self, view, unreachable, up))
            {
                case ClusterRenewal.Step.Write write:
                    Run(cancel => _store.Write(ClusterLeaseStore.ClusterRow, write.ReadVersion, _self, write.Members, cancel), written => new Taken(written));
                    break;
                case ClusterRenewal.Step.Hold hold:
                    _busy = false;
                    _log.Debug("The cluster's row is left as it is: {0}", hold.Why);
                    break;
            }
        });
        Receive<Taken>(_ => { _busy = false; });
        Receive<Failed>(Complain);
    }

    private void Leaving()
    {
        ReceiveAny(_ => { });
    }

    private void Complain(Failed failed)
    {
        _busy = false;
        _log.Warning("The cluster's row could not be read or written: {0}", failed.Reason.Message);
    }

    private void Run<T>(Func<CancellationToken, Task<T>> call, Func<T, object> done)
    {
        var timeout = _store.Settings.OperationTimeout;
        async Task<object> Go()
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                return done(await call(cancel.Token));
            }
            catch (Exception e)
            {
                return new Failed(e);
            }
        }
        Go().PipeTo(Self);
    }

    private sealed class Beat
    {
        public static readonly Beat Instance = new();
    }

    private sealed record Read(ClusterRecord? Record);

    private sealed record Taken(bool Ok);

    private sealed record Failed(Exception Reason);
}

/// <summary>Starts the keeper of the cluster's row on this node.</summary>
public static class ClusterLeaseKeeperHosting
{
    /// <summary>
    /// A first formation step at start, before the host says it started: a node alone on its
    /// database (one node, a first start, every test host) forms its cluster at once, as it did
    /// when it simply joined itself, and is ready as soon as it is Up. Anything else — a cluster to
    /// join, a database slow or away — is left to the keeper's beats.
    /// </summary>
    public static AkkaConfigurationBuilder AddClusterLeaseKeeper(this AkkaConfigurationBuilder builder, ClusterLeaseStore store) =>
        builder.AddStartup((system, _) =>
        {
            var cluster = Akka.Cluster.Cluster.Get(system);
            var self = UniqueAddresses.Of(cluster.SelfUniqueAddress);
            var formed = false;
            try
            {
                using var timeout = new CancellationTokenSource(store.Settings.OperationTimeout);
                var record = store.Read(ClusterLeaseStore.ClusterRow, timeout.Token).GetAwaiter().GetResult();
                if (ClusterFormation.Decide(record, self) is ClusterFormation.Step.Form form
                    && store.Write(ClusterLeaseStore.ClusterRow, form.ReadVersion, self, [self], timeout.Token).GetAwaiter().GetResult())
                {
                    var fence = WriteFence.Get(system);
                    fence.Enforce(self);
                    fence.Seen(new ClusterRecord(self, [self], Fresh: true, (form.ReadVersion ?? 0) + 1));
                    cluster.Join(cluster.SelfAddress);
                    formed = true;
                }
            }
            catch (Exception e)
            {
                system.Log.Warning("The cluster's row could not be read at start ({0}); the keeper tries again", e.Message);
            }
            system.ActorOf(ClusterLeaseKeeper.PropsFor(store, formed), "cluster-lease-keeper");
        });
}
