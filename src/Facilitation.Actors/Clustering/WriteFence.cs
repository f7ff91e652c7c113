using System.Diagnostics;
using Akka.Actor;

namespace Facilitation.Actors.Clustering;

/// <summary>
/// The node's fence (<see cref="FenceState"/>), asked by every entity before it takes a message: a
/// node the cluster on the database no longer counts as a member writes nothing. Open until
/// <see cref="Enforce"/> is called (one node on SQLite, tests of single actors): only nodes that
/// keep the cluster's row in PostgreSQL enforce it.
/// </summary>
/// <remarks>
/// A thread of its own beats every <see cref="Beat"/>; a gap between two beats longer than
/// <see cref="FreezeLimit"/> means the process stood still. <see cref="IsOpen"/> also looks at the
/// time since the last beat itself, so that the first message taken after a long pause is refused
/// before the beating thread has run again. A dedicated thread rather than the thread pool, whose
/// delays under load would close the fence for nothing.
/// </remarks>
public sealed class WriteFence : IExtension, IDisposable
{
    public static readonly TimeSpan FreezeLimit = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(100);

    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private FenceState _state = FenceState.Initial;
    private ClusterRecord? _record;
    private string? _self;
    private long _lastBeat = Stopwatch.GetTimestamp();

    public static WriteFence Get(ActorSystem system) => system.WithExtension<WriteFence, WriteFenceExtension>();

    /// <summary>Whether entities may write now.</summary>
    public bool IsOpen
    {
        get
        {
            if (Volatile.Read(ref _self) is null) return true;
            if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastBeat)) > FreezeLimit) return false;
            lock (_gate) return _state.Open;
        }
    }

    /// <summary>Whether the database's cluster has downed this node: it must leave and start again.</summary>
    public bool Expelled
    {
        get { lock (_gate) return _state.Expelled; }
    }

    /// <summary>Whether this node follows the cluster's row at all (PostgreSQL).</summary>
    public bool Enforced => Volatile.Read(ref _self) is not null;

    /// <summary>Whether the last row read is fresh and lists this node: what readiness reports.</summary>
    public bool Listed
    {
        get { lock (_gate) return _self is { } self && _record is { Fresh: true } record && record.Lists(self); }
    }

    /// <summary>From now on the fence follows the cluster's row, for this node (its unique address).</summary>
    public void Enforce(string self)
    {
        if (Interlocked.CompareExchange(ref _self, self, null) is not null) return;
        Interlocked.Exchange(ref _lastBeat, Stopwatch.GetTimestamp());
        new Thread(Run) { IsBackground = true, Name = "write-fence" }.Start();
    }

    /// <summary>A row read from the database; returns the fence after it.</summary>
    public FenceState Seen(ClusterRecord? record)
    {
        if (_self is not { } self) return FenceState.Initial;
        lock (_gate)
        {
            _record = record;
            return _state = _state.Seen(record, self);
        }
    }

    public void Dispose() => _stop.Cancel();

    private void Run()
    {
        while (!_stop.Token.WaitHandle.WaitOne(Beat))
        {
            // The pause is noted before the beat is: an entity asking in between still sees the
            // old beat, and a closed fence.
            var now = Stopwatch.GetTimestamp();
            if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastBeat), now) > FreezeLimit)
                lock (_gate) _state = _state.Paused();
            Interlocked.Exchange(ref _lastBeat, now);
        }
    }

    private sealed class WriteFenceExtension : ExtensionIdProvider<WriteFence>
    {
        public override WriteFence CreateExtension(ExtendedActorSystem system)
        {
            var fence = new WriteFence();
            system.WhenTerminated.ContinueWith(_ => fence.Dispose(), TaskScheduler.Default);
            return fence;
        }
    }
}
