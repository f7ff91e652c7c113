using Akka.Cluster;
using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Akka.Remote.Hosting;

namespace Facilitation.Actors.Hosting;

public static class ClusterHosting
{
    /// <summary>
    /// Remoting and clustering. A single node is a cluster of one that joins itself, so the sharded
    /// entities run the same code on one node as on many.
    /// </summary>
    public static AkkaConfigurationBuilder AddFacilitationCluster(this AkkaConfigurationBuilder builder, ClusterSettings settings)
    {
        builder
            .WithRemoting(settings.Hostname, settings.Port)
            .WithClustering(new ClusterOptions { SeedNodes = settings.Seeds.ToArray() })
            .WithDistributedPubSub(role: null!);
        // A node is up, and gone, in a fraction of a second instead of one to two: the leader moves
        // members on every 200 ms (1 s by default), and a leaving node retries handing its
        // singletons (the shard coordinators) over every 100 ms (1 s by default), which is all
        // the time a node of one waits for when it stops. A restart, a rolling deploy and every
        // test host are quicker for it; the extra messages are a few a second.
        builder.AddHocon("""
            akka.cluster.leader-actions-interval = 200ms
            akka.cluster.singleton.hand-over-retry-interval = 100ms
            """, HoconAddMode.Prepend);
        if (settings.Seeds.Count == 0)
            builder.AddStartup((system, _) =>
            {
                var cluster = Cluster.Get(system);
                cluster.Join(cluster.SelfAddress);
            });
        return builder;
    }

    public static ShardOptions ShardOptionsFor(ClusterSettings settings) => new()
    {
        // Remember-entities on the default store crashes here (STACK.md, trap 2): entities are
        // started again by their next message instead.
        RememberEntities = false,
        // The coordinators' state in distributed data, not in the journal: nothing of the cluster's
        // own bookkeeping piles up beside the events, and a node takes its first message sooner.
        StateStoreMode = StateStoreMode.DData,
        ShouldPassivateIdleEntities = true,
        PassivateIdleEntityAfter = settings.PassivateIdleAfter,
    };
}
