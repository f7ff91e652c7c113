using Akka.Cluster.Sharding;

namespace Facilitation.Actors.Messages;

/// <summary>Routes every <see cref="IEntityMessage"/> to its entity's shard.</summary>
public sealed class EntityMessageExtractor(int maxShards = 100) : HashCodeMessageExtractor(maxShards)
{
    public override string? EntityId(object message) => (message as IEntityMessage)?.EntityId;
}
