using Facilitation.Actors.Clustering;

namespace Facilitation.Actors.Tests.Clustering;

public sealed class FenceStateTests
{
    private const string Self = "akka.tcp://facilitation@10.0.0.3:4053#3";
    private const string Other = "akka.tcp://facilitation@10.0.0.2:4053#2";

    private static ClusterRecord Row(long version, params string[] members) => new(Other, members, Fresh: true, version);

    [Fact]
    public void A_joining_node_not_yet_listed_may_write()
    {
        var fence = FenceState.Initial.Seen(Row(1, Other), Self);
        Assert.True(fence.Open);
    }

    [Fact]
    public void A_node_dropped_from_the_row_after_being_listed_is_closed_for_good()
    {
        var fence = FenceState.Initial.Seen(Row(1, Other, Self), Self).Seen(Row(2, Other), Self);
        Assert.True(fence.Expelled);
        Assert.False(fence.Open);
        Assert.False(fence.Seen(Row(3, Other, Self), Self).Open);
    }

    [Fact]
    public void After_a_pause_a_node_writes_again_only_once_a_row_written_later_lists_it()
    {
        var paused = FenceState.Initial.Seen(Row(4, Other, Self), Self).Paused();
        Assert.False(paused.Open);
        Assert.False(paused.Seen(Row(4, Other, Self), Self).Open); // the row from before the pause
        Assert.True(paused.Seen(Row(5, Other, Self), Self).Open);
    }

    [Fact]
    public void A_stale_row_or_none_changes_nothing()
    {
        var listed = FenceState.Initial.Seen(Row(1, Other, Self), Self);
        Assert.Equal(listed, listed.Seen(null, Self));
        Assert.Equal(listed, listed.Seen(new ClusterRecord(Other, [Other], Fresh: false, 9), Self));
    }
}
