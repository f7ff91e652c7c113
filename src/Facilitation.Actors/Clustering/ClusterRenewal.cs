namespace Facilitation.Actors.Clustering;

/// <summary>
/// What the leader of a cluster does with the cluster's row at each beat. It keeps the row fresh
/// and its list of members true. It takes the row from an earlier owner only when that owner can
/// no longer be writing for a live cluster: the row has gone stale, or its owner is no longer a
/// member of this cluster (downed and removed, or left), or the owner is a member that is reachable
/// and no longer the leader (leadership moved). An owner that is a member but unreachable may be
/// alive on the other side of a partition: the row stays as it is until the split brain resolver
/// has decided. A fresh row written by a cluster that none of this cluster's nodes belong to is
/// another cluster's: left alone (this node is then not a member of the database's cluster, and
/// its fence closes).
/// </summary>
public static class ClusterRenewal
{
    public abstract record Step
    {
        private Step() { }

        /// <summary>Write the row: self as owner, these members; on condition of the version read (none: a new row).</summary>
        public sealed record Write(long? ReadVersion, IReadOnlyList<string> Members) : Step;

        /// <summary>Leave the row as it is.</summary>
        public sealed record Hold(string Why) : Step;
    }

    /// <param name="record">The row as read.</param>
    /// <param name="self">This node, the leader.</param>
    /// <param name="view">Every member of this node's view of the cluster, whatever its status.</param>
    /// <param name="unreachable">The members of the view this node cannot reach.</param>
    /// <param name="up">The members Up: the list to write.</param>
    public static Step Decide(ClusterRecord? record, string self, IReadOnlySet<string> view, IReadOnlySet<string> unreachable, IReadOnlyList<string> up)
    {
        var members = up.Order(StringComparer.Ordinal).ToList();
        if (record is null) return new Step.Write(null, members);
        if (!record.Fresh || record.Owner == self) return new Step.Write(record.Version, members);
        if (view.Contains(record.Owner))
            return unreachable.Contains(record.Owner)
                ? new Step.Hold("the owner is unreachable: the split brain resolver decides first")
                : new Step.Write(record.Version, members);
        return record.Members.Any(view.Contains)
            ? new Step.Write(record.Version, members)
            : new Step.Hold("the row is another cluster's");
    }
}
