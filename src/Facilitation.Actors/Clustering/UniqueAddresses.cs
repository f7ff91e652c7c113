using Akka.Cluster;

namespace Facilitation.Actors.Clustering;

/// <summary>How a node's unique address (address and incarnation) is written in the cluster's row.</summary>
public static class UniqueAddresses
{
    public static string Of(UniqueAddress node) => $"{node.Address}#{node.Uid}";

    /// <summary>The address part of a unique address: <c>akka.tcp://facilitation@host:port</c>.</summary>
    public static string AddressOf(string uniqueAddress)
    {
        var hash = uniqueAddress.LastIndexOf('#');
        return hash < 0 ? uniqueAddress : uniqueAddress[..hash];
    }

    /// <summary><c>system@host:port</c>, the owner name Akka gives the split brain resolver's lease (<c>Address.HostPort()</c>).</summary>
    public static string HostPortOf(string uniqueAddress)
    {
        var address = AddressOf(uniqueAddress);
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        return scheme < 0 ? address : address[(scheme + 3)..];
    }
}
