using Akka.Actor;
using Akka.Persistence;

namespace Facilitation.Bench.Journal;

/// <summary>
/// A persistent actor shaped like the product's entities: one command at a time, the reply sent
/// only from the Persist handler (acknowledged means persisted).
/// </summary>
internal sealed class BenchEntity : ReceivePersistentActor
{
    public sealed record Write(string Payload);

    public sealed record Written(long SequenceNr);

    public sealed record Ready;

    public sealed record IsReady(long SequenceNr);

    private long _events;

    public BenchEntity(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<string>(_ => _events++);
        Command<Write>(w => Persist(w.Payload, _ =>
        {
            _events++;
            Sender.Tell(new Written(LastSequenceNr));
        }));
        Command<Ready>(_ => Sender.Tell(new IsReady(LastSequenceNr)));
    }

    public override string PersistenceId { get; }

    public static Props Props(string persistenceId) => Akka.Actor.Props.Create(() => new BenchEntity(persistenceId));
}
