using Facilitation.Actors.Clustering;

namespace Facilitation.Actors.Tests.Clustering;

public sealed class ClusterFormationTests
{
    private const string Node1 = "akka.tcp://facilitation@10.0.0.1:4053";
    private const string Node2 = "akka.tcp://facilitation@10.0.0.2:4053";
    private const string Node3 = "akka.tcp://facilitation@10.0.0.3:4053";

    [Fact]
    public void A_node_forms_a_cluster_when_the_database_has_none()
    {
        Assert.Equal(new ClusterFormation.Step.Form(null), ClusterFormation.Decide(null, $"{Node1}#1"));
    }

    [Fact]
    public void A_node_forms_a_cluster_when_nobody_kept_the_row_fresh()
    {
        var stale = new ClusterRecord($"{Node2}#7", [$"{Node2}#7", $"{Node3}#8"], Fresh: false, Version: 41);
        Assert.Equal(new ClusterFormation.Step.Form(41), ClusterFormation.Decide(stale, $"{Node1}#1"));
    }

    [Fact]
    public void A_restarted_node_joins_the_live_members_and_never_itself()
    {
        // Node 1 was killed and started again: the row still names its earlier incarnation.
        var alive = new ClusterRecord($"{Node1}#1", [$"{Node1}#1", $"{Node3}#8", $"{Node2}#7"], Fresh: true, Version: 9);
        var step = Assert.IsType<ClusterFormation.Step.Join>(ClusterFormation.Decide(alive, $"{Node1}#2"));
        Assert.Equal([Node2, Node3], step.Through);
    }

    [Fact]
    public void A_node_that_was_the_whole_cluster_forms_it_again_at_once()
    {
        var itself = new ClusterRecord($"{Node1}#1", [$"{Node1}#1"], Fresh: true, Version: 3);
        Assert.Equal(new ClusterFormation.Step.Form(3), ClusterFormation.Decide(itself, $"{Node1}#2"));
    }

    [Fact]
    public void Whatever_the_row_a_node_never_forms_a_second_cluster_beside_a_fresh_one_with_other_members()
    {
        var nodes = new[] { Node1, Node2, Node3 };
        var uids = new[] { 1, 2, 3 };
        foreach (var self in nodes)
            foreach (var fresh in new[] { true, false })
                for (var mask = 1; mask < 8; mask++)
                {
                    var members = nodes.Where((_, i) => (mask & (1 << i)) != 0).SelectMany(n => uids.Take(1).Select(u => $"{n}#{u}")).ToList();
                    var record = new ClusterRecord(members[0], members, fresh, mask);
                    var step = ClusterFormation.Decide(record, $"{self}#9");
                    var othersListed = members.Any(m => UniqueAddresses.AddressOf(m) != self);
                    if (fresh && othersListed)
                    {
                        var join = Assert.IsType<ClusterFormation.Step.Join>(step);
                        Assert.DoesNotContain(self, join.Through);
                        Assert.NotEmpty(join.Through);
                    }
                    else
                        Assert.IsType<ClusterFormation.Step.Form>(step);
                }
    }
}
