using Akka.Actor;
using Akka.Hosting;

namespace Facilitation.Actors.Health;

/// <summary>Marks this node's readiness probe in the actor registry.</summary>
public sealed class ReadinessProbeMarker;

/// <summary>
/// Proves, when asked, that this node's journal takes events for real, through a
/// <see cref="JournalProbe"/> child that writes one. Answers <see cref="Written"/>, or
/// <see cref="NotWritable"/> as soon as the write or the reading back fails (the database is gone,
/// the journal's breaker is open); then the child has stopped, and the next check starts a new one,
/// so that readiness comes back by itself with the database. A journal that never answers (never
/// initialised: STACK.md, trap 5) makes the caller's ask time out instead.
/// </summary>
public sealed class ReadinessProbe : ReceiveActor
{
    private readonly Queue<IActorRef> _waiting = new();
    private IActorRef? _journal;

    public ReadinessProbe(string node, TimeProvider clock)
    {
        Receive<Check>(check =>
        {
            if (_journal is null)
            {
                _journal = Context.Watch(Context.ActorOf(JournalProbe.PropsFor(node, clock)));
            }
            _waiting.Enqueue(Sender);
            _journal.Tell(check);
        });
        Receive<Written>(written => Answer(written));
        Receive<NotWritable>(notWritable => Answer(notWritable));
        Receive<Terminated>(stopped =>
        {
            if (!stopped.ActorRef.Equals(_journal)) return;
            _journal = null;
            // Checks it took but never answered: it could not read its own events back.
            while (_waiting.TryDequeue(out var caller)) caller.Tell(new NotWritable("the journal could not be read"));
        });
    }

    public static Props PropsFor(string node, TimeProvider clock) => Props.Create(() => new ReadinessProbe(node, clock));

    private void Answer(object answer)
    {
        if (_waiting.TryDequeue(out var caller)) caller.Tell(answer);
    }

    /// <summary>Write one event; answered with <see cref="Written"/> or <see cref="NotWritable"/>.</summary>
    public sealed record Check
    {
        public static readonly Check Instance = new();
    }

    public sealed record Written
    {
        public static readonly Written Instance = new();
    }

    /// <summary>The journal did not take the event: why.</summary>
    public sealed record NotWritable(string Reason);
}

public static class ReadinessProbeHosting
{
    /// <summary>One probe per node, named after the machine and the remoting port, so that a node finds its own rows again.</summary>
    public static AkkaConfigurationBuilder AddReadinessProbe(this AkkaConfigurationBuilder builder, string node, TimeProvider clock) =>
        builder.WithActors((system, registry) => registry.Register<ReadinessProbeMarker>(system.ActorOf(ReadinessProbe.PropsFor(node, clock), "readiness-probe")));
}
