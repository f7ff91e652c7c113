// Every actor test runs alone: Akka.Cluster nodes started in parallel on 2 cores starve the thread
// pool (STACK.md, trap 9). Each class also names the collection, so nobody has to know this line.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Facilitation.Actors.Tests.Infrastructure;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ActorSystems
{
    public const string Name = "actor systems";
}
