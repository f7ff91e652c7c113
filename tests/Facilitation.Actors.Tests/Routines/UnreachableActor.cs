using Akka.Actor;
using Akka.Hosting;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>An actor a test says must not be reached: asking for it fails the code under test loudly.</summary>
public sealed class UnreachableActor<T> : IRequiredActor<T>
{
    public IActorRef ActorRef => throw new InvalidOperationException($"{typeof(T).Name} was reached: the round was run.");

    public Task<IActorRef> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ActorRef);
}
