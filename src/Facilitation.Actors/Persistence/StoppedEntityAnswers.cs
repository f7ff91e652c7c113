using Akka.Actor;
using Akka.Event;
using Akka.Hosting;
using Facilitation.Actors.Messages;

namespace Facilitation.Actors.Persistence;

/// <summary>
/// Answers the messages an entity never took because it stopped on a storage failure: those it had
/// kept aside while a write was pending, and those its shard still sent it before learning that it
/// had stopped. Akka drops them as dead letters, and their senders would wait for their whole
/// timeout; here each sender is told at once, with a <see cref="StorageUnavailableException"/>, to
/// send again. Dead letters of any other actor are left alone.
/// </summary>
public sealed class StoppedEntityAnswers : ReceiveActor
{
    /// <summary>How long after its stop an entity's undelivered messages are still put down to storage.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromSeconds(30);

    private readonly Dictionary<IActorRef, DateTime> _stopped = [];

    public StoppedEntityAnswers()
    {
        Receive<StoppedByStorage>(stopped =>
        {
            var now = DateTime.UtcNow;
            foreach (var old in _stopped.Where(s => now - s.Value > Remembered).Select(s => s.Key).ToList()) _stopped.Remove(old);
            _stopped[stopped.Entity] = now;
        });
        Receive<DeadLetter>(dead =>
        {
            if (dead.Message is not IEntityMessage || dead.Sender.IsNobody() || dead.Sender is DeadLetterActorRef) return;
            if (!_stopped.TryGetValue(dead.Recipient, out var at) || DateTime.UtcNow - at > Remembered) return;
            dead.Sender.Tell(new Status.Failure(new StorageUnavailableException(dead.Recipient.Path.Name, "stopped on a storage failure before it took the message")));
        });
    }

    protected override void PreStart()
    {
        Context.System.EventStream.Subscribe<StoppedByStorage>(Self);
        Context.System.EventStream.Subscribe<DeadLetter>(Self);
    }

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);
}

public static class StoppedEntityAnswersHosting
{
    public static AkkaConfigurationBuilder AddStoppedEntityAnswers(this AkkaConfigurationBuilder builder) =>
        builder.WithActors((system, _) => system.ActorOf(Props.Create(() => new StoppedEntityAnswers()), "stopped-entity-answers"));
}
