using Facilitation.Actors.Clustering;

namespace Facilitation.Actors.Tests.Clustering;

public sealed class ClusterRenewalTests
{
    private const string Node1 = "akka.tcp://facilitation@10.0.0.1:4053#1";
    private const string Node2 = "akka.tcp://facilitation@10.0.0.2:4053#2";
    private const string Node3 = "akka.tcp://facilitation@10.0.0.3:4053#3";
    private const string Stranger = "akka.tcp://facilitation@10.0.0.9:4053#9";

    private static readonly HashSet<string> None = [];

    [Fact]
    public void The_owner_keeps_its_row_fresh_with_the_members_it_sees_up()
    {
        var row = new ClusterRecord(Node1, [Node1, Node2], Fresh: true, Version: 5);
        var step = Assert.IsType<ClusterRenewal.Step.Write>(ClusterRenewal.Decide(row, Node1, new HashSet<string> { Node1, Node2, Node3 }, None, [Node3, Node1, Node2]));
        Assert.Equal(5, step.ReadVersion);
        Assert.Equal([Node1, Node2, Node3], step.Members);
    }

    [Fact]
    public void A_new_leader_waits_while_the_old_owner_is_unreachable_but_still_a_member()
    {
        var row = new ClusterRecord(Node1, [Node1, Node2, Node3], Fresh: true, Version: 5);
        var step = ClusterRenewal.Decide(row, Node2, new HashSet<string> { Node1, Node2, Node3 }, new HashSet<string> { Node1 }, [Node2, Node3]);
        Assert.IsType<ClusterRenewal.Step.Hold>(step);
    }

    [Fact]
    public void A_new_leader_takes_the_row_once_the_old_owner_is_removed()
    {
        var row = new ClusterRecord(Node1, [Node1, Node2, Node3], Fresh: true, Version: 5);
        var step = Assert.IsType<ClusterRenewal.Step.Write>(ClusterRenewal.Decide(row, Node2, new HashSet<string> { Node2, Node3 }, None, [Node2, Node3]));
        Assert.Equal(5, step.ReadVersion);
        Assert.Equal([Node2, Node3], step.Members);
    }

    [Fact]
    public void A_new_leader_takes_the_row_from_a_reachable_owner_that_is_no_longer_leader()
    {
        var row = new ClusterRecord(Node2, [Node2, Node3], Fresh: true, Version: 8);
        Assert.IsType<ClusterRenewal.Step.Write>(ClusterRenewal.Decide(row, Node1, new HashSet<string> { Node1, Node2, Node3 }, None, [Node1, Node2, Node3]));
    }

    [Fact]
    public void A_fresh_row_of_another_cluster_is_left_alone()
    {
        var row = new ClusterRecord(Stranger, [Stranger], Fresh: true, Version: 2);
        Assert.IsType<ClusterRenewal.Step.Hold>(ClusterRenewal.Decide(row, Node1, new HashSet<string> { Node1, Node2 }, None, [Node1, Node2]));
    }

    [Fact]
    public void A_zombie_leader_whose_cluster_moved_on_never_takes_the_row_back()
    {
        // Node 1 stood still; nodes 2 and 3 downed it and node 2 keeps the row. Node 1, back,
        // still sees them as members, unreachable.
        var row = new ClusterRecord(Node2, [Node2, Node3], Fresh: true, Version: 30);
        Assert.IsType<ClusterRenewal.Step.Hold>(ClusterRenewal.Decide(row, Node1, new HashSet<string> { Node1, Node2, Node3 }, new HashSet<string> { Node2, Node3 }, [Node1, Node2, Node3]));
    }

    [Fact]
    public void A_stale_or_missing_row_is_taken()
    {
        var none = Assert.IsType<ClusterRenewal.Step.Write>(ClusterRenewal.Decide(null, Node1, new HashSet<string> { Node1 }, None, [Node1]));
        Assert.Null(none.ReadVersion);
        Assert.Equal([Node1], none.Members);
        var stale = new ClusterRecord(Stranger, [Stranger], Fresh: false, Version: 4);
        Assert.Equal(4, Assert.IsType<ClusterRenewal.Step.Write>(ClusterRenewal.Decide(stale, Node1, new HashSet<string> { Node1 }, None, [Node1])).ReadVersion);
    }
}
