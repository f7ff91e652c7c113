using Akka.Cluster.Tools.PublishSubscribe;
using Akka.TestKit;
using Facilitation.Actors.Messages;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// A test probe subscribed to a site's pub/sub topic, as the SignalR bridge is: it sees what the
/// entities publish once persisted. Only the task changes are kept (the shifts and the week publish
/// on the same topic).
/// </summary>
public sealed class SiteFeed
{
    private SiteFeed(TestProbe probe) => Probe = probe;

    public TestProbe Probe { get; }

    /// <summary>Subscribes, and returns once the mediator acknowledged the subscription.</summary>
    public static SiteFeed Subscribe(FacilitationNode node)
    {
        var probe = node.Kit.CreateTestProbe("site-feed");
        probe.IgnoreMessages(m => m is not (SiteEvents.TaskChanged or SubscribeAck));
        var topic = SiteEvents.Topic(node.SiteId);
        DistributedPubSub.Get(node.System).Mediator.Tell(new Subscribe(topic, probe.Ref), probe.Ref);
        var ack = probe.ExpectMsg<SubscribeAck>();
        Assert.Equal(topic, ack.Subscribe.Topic);
        return new SiteFeed(probe);
    }

    /// <summary>The next task change published on the site's topic.</summary>
    public SiteEvents.TaskChanged Next() => Probe.ExpectMsg<SiteEvents.TaskChanged>();
}
