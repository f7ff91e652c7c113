namespace Facilitation.Actors.Hosting;

/// <summary>How this node joins the cluster; with no seeds it forms a cluster of one.</summary>
public sealed record ClusterSettings
{
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (a single node, tests).</summary>
    public int Port { get; init; }

    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>How long an entity with nothing to do stays in memory.</summary>
    public TimeSpan PassivateIdleAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often every node wakes each site's task board to escalate what is due.</summary>
    public TimeSpan DeadlineCheckEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a shift waits for its week ledger; also how long each step of a check-in (desk,
    /// membership) and a raised front-desk task may take before the caller is told to retry.
    /// </summary>
    public TimeSpan LedgerTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
