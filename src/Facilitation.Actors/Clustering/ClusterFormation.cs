namespace Facilitation.Actors.Clustering;

/// <summary>
/// What a starting node does, given the cluster's row: a node forms a new cluster only when no
/// cluster is alive on the database — no row, a row nobody has kept fresh, or a row whose only
/// member was this very address (an earlier incarnation of this node, which is dead since this one
/// holds its port). Otherwise it joins the members the row lists, and never itself.
/// </summary>
public static class ClusterFormation
{
    public abstract record Step
    {
        private Step() { }

        /// <summary>Take the row (on condition of the version read, or as a new row) and join itself.</summary>
        public sealed record Form(long? ReadVersion) : Step;

        /// <summary>Join a cluster that is alive, through these members.</summary>
        public sealed record Join(IReadOnlyList<string> Through) : Step;
    }

    public static Step Decide(ClusterRecord? record, string self)
    {
        if (record is null) return new Step.Form(null);
        if (!record.Fresh) return new Step.Form(record.Version);
        var selfAddress = UniqueAddresses.AddressOf(self);
        var others = record.MemberAddresses.Where(a => a != selfAddress).Distinct().Order(StringComparer.Ordinal).ToList();
        return others.Count == 0 ? new Step.Form(record.Version) : new Step.Join(others);
    }
}
