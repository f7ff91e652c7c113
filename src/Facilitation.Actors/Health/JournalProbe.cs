using Akka.Actor;
using Akka.Persistence;

namespace Facilitation.Actors.Health;

/// <summary>
/// Writes one small event when asked, and answers its parent (the <see cref="ReadinessProbe"/>)
/// once it is written, then deletes what it wrote before. A write or a reading back that fails
/// answers <see cref="ReadinessProbe.NotWritable"/> (or stops the actor, which its parent notices);
/// the parent starts a new one for the next check, so the probe outlives a storage outage.
/// </summary>
public sealed class JournalProbe : ReceivePersistentActor
{
    private readonly TimeProvider _clock;

    public JournalProbe(string node, TimeProvider clock)
    {
        PersistenceId = $"readiness-{node}";
        _clock = clock;
        Recover<JournalChecked>(_ => { });
        Command<ReadinessProbe.Check>(_ =>
        {
            var replyTo = Sender;
            Persist(new JournalChecked(_clock.GetUtcNow()), _ =>
            {
                replyTo.Tell(ReadinessProbe.Written.Instance);
                if (LastSequenceNr > 1) DeleteMessages(LastSequenceNr - 1);
            });
        });
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(_ => { });
    }

    public override string PersistenceId { get; }

    public static Props PropsFor(string node, TimeProvider clock) => Props.Create(() => new JournalProbe(node, clock));

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        Sender.Tell(new ReadinessProbe.NotWritable(cause.Message));
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        Sender.Tell(new ReadinessProbe.NotWritable(cause.Message));
        base.OnPersistRejected(cause, @event, sequenceNr);
    }
}
