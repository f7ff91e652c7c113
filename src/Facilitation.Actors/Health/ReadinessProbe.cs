using Akka.Actor;
using Akka.Hosting;
using Akka.Persistence;

namespace Facilitation.Actors.Health;

/// <summary>Marks this node's readiness probe in the actor registry.</summary>
public sealed class ReadinessProbeMarker;

/// <summary>
/// Proves, when asked, that this node's journal takes events for real: it persists one small event
/// and answers only once it is written, then deletes what it wrote before. A journal that cannot
/// be reached or was never initialised (STACK.md, trap 5) makes the ask time out instead.
/// </summary>
public sealed class ReadinessProbe : ReceivePersistentActor
{
    private readonly TimeProvider _clock;

    public ReadinessProbe(string node, TimeProvider clock)
    {
        PersistenceId = $"readiness-{node}";
        _clock = clock;
        Recover<JournalChecked>(_ => { });
        Command<Check>(_ =>
        {
            var replyTo = Sender;
            Persist(new JournalChecked(_clock.GetUtcNow()), _ =>
            {
                replyTo.Tell(Written.Instance);
                if (LastSequenceNr > 1) DeleteMessages(LastSequenceNr - 1);
            });
        });
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(_ => { });
    }

    public override string PersistenceId { get; }

    public static Props PropsFor(string node, TimeProvider clock) => Props.Create(() => new ReadinessProbe(node, clock));

    /// <summary>Write one event; answered with <see cref="Written"/>.</summary>
    public sealed record Check
    {
        public static readonly Check Instance = new();
    }

    public sealed record Written
    {
        public static readonly Written Instance = new();
    }
}

public static class ReadinessProbeHosting
{
    /// <summary>One probe per node, named after the machine and the remoting port, so that a node finds its own rows again.</summary>
    public static AkkaConfigurationBuilder AddReadinessProbe(this AkkaConfigurationBuilder builder, string node, TimeProvider clock) =>
        builder.WithActors((system, registry) => registry.Register<ReadinessProbeMarker>(system.ActorOf(ReadinessProbe.PropsFor(node, clock), "readiness-probe")));
}
