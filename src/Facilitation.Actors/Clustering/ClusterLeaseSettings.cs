namespace Facilitation.Actors.Clustering;

/// <summary>How the cluster's row in the database is kept (see <see cref="ClusterLeaseKeeper"/>).</summary>
public sealed record ClusterLeaseSettings
{
    /// <summary>How often every node reads the row, and the leader writes it.</summary>
    public TimeSpan Beat { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a row stays fresh without being written: how long after the whole cluster died a
    /// new one may form (a crashed single node that comes back on another address waits that long).
    /// </summary>
    public TimeSpan TimeToLive { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>How long one read or write of the row may take.</summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
