namespace Facilitation.Actors.Clustering;

/// <summary>
/// Whether this node's entities may write, from what it has seen of the cluster's row and of its
/// own running. Closed for good once a fresh row, written after this node was listed in one,
/// leaves it out: the cluster on the database has downed it (it is a zombie that must stop). Closed
/// for a while after the process stood still for longer than the freeze limit (stopped, swapped,
/// starved): the others may have downed it meanwhile, so it writes again only once a row written
/// after the pause lists it again.
/// </summary>
public sealed record FenceState(bool Listed, bool Expelled, long? SuspectUntilVersionAbove, long LastVersion)
{
    public static readonly FenceState Initial = new(false, false, null, 0);

    public bool Open => !Expelled && SuspectUntilVersionAbove is null;

    /// <summary>A row read from the database (none, or not fresh: no news).</summary>
    public FenceState Seen(ClusterRecord? record, string self)
    {
        if (record is not { Fresh: true }) return this;
        var next = this with { LastVersion = Math.Max(LastVersion, record.Version) };
        if (record.Lists(self))
            return next with
            {
                Listed = true,
                SuspectUntilVersionAbove = SuspectUntilVersionAbove is { } above && record.Version <= above ? above : null,
            };
        return Listed ? next with { Expelled = true } : next;
    }

    /// <summary>The process stood still: writes wait for a row written after now.</summary>
    public FenceState Paused() => this with { SuspectUntilVersionAbove = LastVersion };
}
