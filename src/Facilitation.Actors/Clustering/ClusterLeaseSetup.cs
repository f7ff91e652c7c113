using Akka.Actor.Setup;

namespace Facilitation.Actors.Clustering;

/// <summary>Hands the store of the cluster's leases to what Akka makes itself (<see cref="DatabaseLease"/>).</summary>
public sealed class ClusterLeaseSetup(ClusterLeaseStore store) : Setup
{
    public ClusterLeaseStore Store { get; } = store;
}
