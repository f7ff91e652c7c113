namespace Facilitation.Actors.Hosting;

/// <summary>
/// How this node finds the others: fixed seeds (none: a cluster of one), or the pods the
/// Kubernetes API lists.
/// </summary>
public sealed record ClusterSettings
{
    public const string SeedsDiscovery = "seeds";
    public const string KubernetesDiscovery = "kubernetes";

    /// <summary>The address the other nodes reach this one at (the pod's IP in Kubernetes).</summary>
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (a single node, tests).</summary>
    public int Port { get; init; }

    /// <summary><c>seeds</c> (the default) or <c>kubernetes</c>.</summary>
    public string Discovery { get; init; } = SeedsDiscovery;

    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Which pods are this cluster's nodes (Kubernetes discovery, in the pod's own namespace).</summary>
    public string PodLabelSelector { get; init; } = "app=facilitation";

    /// <summary>How many nodes must be seen before a brand-new cluster forms (Kubernetes discovery).</summary>
    public int RequiredContactPoints { get; init; } = 2;

    /// <summary>How often the Kubernetes API is asked for the pods until this node joins.</summary>
    public TimeSpan DiscoveryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the list of pods must stay the same before this node joins them.</summary>
    public TimeSpan DiscoveryStableMargin { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one request to the Kubernetes API may take.</summary>
    public TimeSpan DiscoveryResolveTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long without a heartbeat from a node before it counts as unreachable.</summary>
    public TimeSpan FailureDetectorPause { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// How long a node must stay unreachable before the split brain resolver downs it (with the
    /// database's lease on PostgreSQL, keeping the majority on SQLite) and its entities start again
    /// on the others.
    /// </summary>
    public TimeSpan DownUnreachableAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long after a downed node is removed its shard coordinator and entities start elsewhere:
    /// the time a node on the losing side of a partition has to stop its own.
    /// </summary>
    public TimeSpan DownRemovalMargin { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>How long an entity with nothing to do stays in memory.</summary>
    public TimeSpan PassivateIdleAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often every node wakes each site's task board to escalate what is due.</summary>
    public TimeSpan DeadlineCheckEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a shift waits for its week ledger; also how long each step of a check-in (desk,
    /// membership) and a raised front-desk task may take before the caller is told to retry.
    /// </summary>
    public TimeSpan LedgerTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public bool UsesKubernetes => string.Equals(Discovery, KubernetesDiscovery, StringComparison.OrdinalIgnoreCase);

    public bool UsesSeeds => string.Equals(Discovery, SeedsDiscovery, StringComparison.OrdinalIgnoreCase);
}
