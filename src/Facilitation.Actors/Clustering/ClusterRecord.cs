namespace Facilitation.Actors.Clustering;

/// <summary>
/// The database's word on which cluster is alive: the row its leader keeps fresh. <see cref="Owner"/>
/// is the leader that wrote it last and <see cref="Members"/> the nodes it saw Up then, each as a
/// unique address (<c>akka.tcp://facilitation@10.0.0.7:4053#1234</c>: address and incarnation).
/// <see cref="Fresh"/> is the database's own judgement (its clock, not a node's): written less than
/// the time to live ago. <see cref="Version"/> grows at every write, so a write can be made on
/// condition that nobody wrote since it was read.
/// </summary>
public sealed record ClusterRecord(string Owner, IReadOnlyList<string> Members, bool Fresh, long Version)
{
    /// <summary>The members' addresses, without their incarnations: what a joining node contacts.</summary>
    public IEnumerable<string> MemberAddresses => Members.Select(UniqueAddresses.AddressOf);

    public bool Lists(string uniqueAddress) => Members.Contains(uniqueAddress, StringComparer.Ordinal);
}
