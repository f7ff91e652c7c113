using Akka.Actor;
using Akka.Persistence;

namespace Facilitation.Actors.Tests.Storage;

/// <summary>
/// A persistent actor as small as an entity can be: it persists what it is sent and, like every
/// entity of the product, answers only from the Persist handler.
/// </summary>
public sealed class EventWriter : ReceivePersistentActor
{
    public sealed record Write(string Text);

    public sealed record Written(string PersistenceId, long SequenceNr);

    public EventWriter(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<string>(_ => { });
        Command<Write>(w => Persist(w.Text, _ => Sender.Tell(new Written(PersistenceId, LastSequenceNr))));
    }

    public override string PersistenceId { get; }

    public static Props Props(string persistenceId) => Akka.Actor.Props.Create(() => new EventWriter(persistenceId));
}
