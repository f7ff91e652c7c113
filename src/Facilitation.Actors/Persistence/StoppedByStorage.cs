using Akka.Actor;

namespace Facilitation.Actors.Persistence;

/// <summary>Told on the event stream by an entity that stops because storage failed it (a write, or reading itself back).</summary>
public sealed record StoppedByStorage(IActorRef Entity);
