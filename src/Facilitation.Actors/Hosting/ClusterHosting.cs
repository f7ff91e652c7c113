using Akka.Cluster;
using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Facilitation.Actors.Clustering;

namespace Facilitation.Actors.Hosting;

public static class ClusterHosting
{
    /// <summary>The name of the cluster's service for discovery: also the <c>app</c> label of its pods.</summary>
    public const string ServiceName = "facilitation";

    /// <summary>The name of the remoting port in the pod's spec, which Kubernetes discovery looks for.</summary>
    public const string RemotingPortName = "remoting";

    /// <summary>
    /// Remoting and clustering. A single node is a cluster of one that joins itself, so the sharded
    /// entities run the same code on one node as on many.
    /// </summary>
    /// <remarks>
    /// With a <paramref name="lease"/> (PostgreSQL, where several nodes share one database) the
    /// database says which cluster is alive (<see cref="ClusterLeaseKeeper"/>): a node forms a new
    /// cluster only when none is, and otherwise joins the members its row lists, whatever the seeds
    /// or the pods listed say; the split brain resolver decides with a lease in the same database
    /// (<see cref="DatabaseLease"/>), and a node the database's cluster has dropped writes nothing
    /// (<see cref="WriteFence"/>). Without one (SQLite: one node by design, and the cluster tests of
    /// discovery) several nodes find each other by fixed seeds or, in Kubernetes, by the pods the
    /// Kubernetes API lists (<see cref="KubernetesSeeds"/>), and the resolver keeps the majority.
    /// </remarks>
    public static AkkaConfigurationBuilder AddFacilitationCluster(this AkkaConfigurationBuilder builder, ClusterSettings settings, ClusterLeaseStore? lease = null)
    {
        if (!settings.UsesSeeds && !settings.UsesKubernetes)
            throw new ArgumentException(
                $"Facilitation:Cluster:Discovery is \"{settings.Discovery}\": it must be \"{ClusterSettings.SeedsDiscovery}\" or \"{ClusterSettings.KubernetesDiscovery}\".",
                nameof(settings));

        builder
            .WithRemoting(settings.Hostname, settings.Port)
            .WithClustering(new ClusterOptions { SeedNodes = lease is null && settings.UsesSeeds ? settings.Seeds.ToArray() : [] })
            .WithDistributedPubSub(role: null!);
        // A node is up, and gone, in a fraction of a second instead of one to two: the leader moves
        // members on every 200 ms (1 s by default), and a leaving node retries handing its
        // singletons (the shard coordinators) over every 100 ms (1 s by default), which is all
        // the time a node of one waits for when it stops. A restart, a rolling deploy and every
        // test host are quicker for it; the extra messages are a few a second.
        // A node that dies without leaving (killed, its machine lost) is found unreachable once
        // no heartbeat came for FailureDetectorPause, and downed by the split brain resolver once
        // it has stayed so for DownUnreachableAfter; its shard coordinator, if it had it, and its
        // entities start again on the others DownRemovalMargin after it is removed, from the
        // journal (ops/README.md, "How the cluster is kept whole", has the measured failover).
        // Gossip every 500 ms (1 s by default): the leader hears sooner that another node found one
        // unreachable, and the survivors agree sooner that it is down, so it is removed sooner.
        // A joining node whose address belonged to a member that died asks again after 2 s (10 s
        // by default): the dead incarnation must be removed first.
        builder.AddHocon($$"""
            akka.cluster.leader-actions-interval = 200ms
            akka.cluster.gossip-interval = 500ms
            akka.cluster.singleton.hand-over-retry-interval = 100ms
            akka.cluster.retry-unsuccessful-join-after = 2s
            akka.cluster.failure-detector.acceptable-heartbeat-pause = {{Milliseconds(settings.FailureDetectorPause)}}
            akka.cluster.down-removal-margin = {{Milliseconds(settings.DownRemovalMargin)}}
            akka.cluster.downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
            akka.cluster.split-brain-resolver {
              active-strategy = {{(lease is null ? "keep-majority" : "lease-majority")}}
              stable-after = {{Milliseconds(settings.DownUnreachableAfter)}}
              lease-majority {
                lease-implementation = "facilitation.split-brain-lease"
                acquire-lease-delay-for-minority = 1500ms
              }
            }
            facilitation.split-brain-lease {
              lease-class = "{{typeof(DatabaseLease).AssemblyQualifiedName}}"
              # How long a decision's lease is held (never renewed: DatabaseLease).
              heartbeat-timeout = 8s
              heartbeat-interval = 1s
              lease-operation-timeout = 3s
            }
            """, HoconAddMode.Prepend);

        if (lease is not null)
        {
            return builder.AddSetup(new ClusterLeaseSetup(lease)).AddClusterLeaseKeeper(lease);
        }
        if (settings.UsesKubernetes)
            return builder.AddKubernetesBootstrap(settings);
        if (settings.Seeds.Count == 0)
            builder.AddStartup((system, _) =>
            {
                var cluster = Akka.Cluster.Cluster.Get(system);
                cluster.Join(cluster.SelfAddress);
            });
        return builder;
    }

    private static string Milliseconds(TimeSpan time) => $"{(int)time.TotalMilliseconds}ms";

    /// <summary>
    /// Kubernetes discovery: the pods labelled <see cref="ClusterSettings.PodLabelSelector"/>, listed
    /// through the Kubernetes API, are the seed nodes (<see cref="KubernetesSeeds"/>).
    /// </summary>
    /// <remarks>
    /// Neither Akka.Management's cluster bootstrap nor Akka.Discovery.KubernetesApi's lookup can run
    /// with the packages served here (both found by KubernetesDiscoveryTests in the actors' tests):
    /// bootstrap's HTTP endpoint (Akka.Http.Shim 1.5.73) calls
    /// <c>Ceen.Httpd.HttpServer.ListenAsync(IPEndPoint, ...)</c>, which Ceen.Httpd 0.9.10 (the shim
    /// asks for 0.9.9) no longer has, and bootstrap then terminated the actor system at start-up;
    /// the lookup calls a <c>V1PodList</c> constructor that KubernetesClient 19.0.2 and 21.0.8 no
    /// longer have (it asks for 17.0.14). See <see cref="KubernetesPods"/>.
    /// </remarks>
    private static AkkaConfigurationBuilder AddKubernetesBootstrap(this AkkaConfigurationBuilder builder, ClusterSettings settings) =>
        builder.AddStartup((system, _) => KubernetesSeeds.Start(system, settings));

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
