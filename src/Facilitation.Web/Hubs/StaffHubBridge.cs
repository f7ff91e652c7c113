using System.Diagnostics;
using System.Globalization;
using Akka;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Akka.Hosting;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Rooms;
using Facilitation.Actors.Telemetry;
using Facilitation.Domain.Sites;
using Facilitation.Web.Rooms;
using Facilitation.Actors.Presence;
using Facilitation.Web.Presence;
using Facilitation.Web.Shifts;
using Facilitation.Web.Tasks;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.AspNetCore.SignalR;

namespace Facilitation.Web.Hubs;

/// <summary>
/// One per node: listens to every site's topic and pushes what it hears to that site's SignalR
/// group on this node, so a client on any node sees the entities of every node. Each push is timed
/// from the moment the bridge takes the change from its mailbox to the moment SendAsync completes
/// (<c>facilitation.push.latency</c>): on this node's monotonic clock, so no clock skew between
/// nodes enters the figure, and no published record has to carry a time.
/// </summary>
public sealed class StaffHubBridge : ReceiveActor
{
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private long _received;

    public StaffHubBridge(IHubContext<StaffHub> hub, SiteCatalog sites, TimeProvider clock)
    {
        var mediator = DistributedPubSub.Get(Context.System).Mediator;
        foreach (var site in sites.All) mediator.Tell(new Subscribe(SiteEvents.Topic(site.Id), Self));

        Receive<SubscribeAck>(_ => { });
        Receive<Done>(_ => { });
        Receive<SiteEvents.ShiftChanged>(changed =>
        {
            if (sites.Find(changed.Site) is not { } site) return;
            Push(hub, StaffHubGroups.Site(site.Id), new ShiftChangedMessage("shift-changed", site.Id.Value, ShiftDto.From(changed.Shift, site)));
        });
        Receive<SiteEvents.WeekChanged>(changed =>
        {
            if (sites.Find(changed.Site) is not { } site) return;
            var left = site.Rules.WeeklyBudget - changed.Committed;
            Push(hub, StaffHubGroups.Site(site.Id), new WeekChangedMessage(
                "week-changed", site.Id.Value, changed.Week.ToString(),
                Durations.Decimal(site.Rules.WeeklyBudget), Durations.Decimal(changed.Published), Durations.Decimal(changed.Claimed),
                Durations.Decimal(changed.Worked), Durations.Decimal(changed.Committed), Durations.Decimal(left),
                HoursLeftText.For(left, CultureInfo.GetCultureInfo("fr")), HoursLeftText.For(left, CultureInfo.GetCultureInfo("en"))));
        });
        Receive<SiteEvents.TaskChanged>(changed =>
        {
            if (sites.Find(changed.Site) is not { } site) return;
            var task = TaskDto.From(changed.Task, site, clock.GetUtcNow(), CultureInfo.GetCultureInfo("fr"));
            Push(hub, StaffHubGroups.Site(site.Id), new TaskChangedMessage("task-changed", site.Id.Value, task, null));
            // The alert itself goes to the people who must act: whoever is on shift, else the co-managers.
            var notice = new TaskChangedMessage("task-notice", site.Id.Value, task, changed.ToCoManagers ? "co-managers" : "on-shift");
            if (changed.ToCoManagers) Push(hub, StaffHubGroups.Role(site.Id, StaffRole.CoManager), notice);
            foreach (var person in changed.Notify) Push(hub, StaffHubGroups.Person(site.Id, person), notice);
        });
        Receive<RoomChanged>(changed =>
        {
            if (sites.Find(changed.Site) is not { } site) return;
            Push(hub, StaffHubGroups.Site(site.Id), new RoomChangedMessage("room-changed", site.Id.Value, changed.Room, BookingDto.From(changed.Booking, site)));
        });
        Receive<PresenceChanged>(changed =>
        {
            if (sites.Find(changed.Site) is not { } site) return;
            Push(hub, StaffHubGroups.Site(site.Id), PresencePushes.Changed(changed, site));
        });
        Receive<VisitorArrivedNotice>(notice =>
        {
            if (sites.Find(notice.Site) is not { } site) return;
            Push(hub, StaffHubGroups.Person(site.Id, notice.Visitor.Host), PresencePushes.Arrived(notice));
        });
        Receive<Status.Failure>(failure => _log.Warning(failure.Cause, "A push to the staff hub failed"));
    }

    protected override bool AroundReceive(Receive receive, object message)
    {
        _received = Stopwatch.GetTimestamp();
        return base.AroundReceive(receive, message);
    }

    /// <summary>Sends to the group; the message's type ("task-changed") is the tag of the push's latency.</summary>
    private void Push(IHubContext<StaffHub> hub, string group, IStaffPush message) =>
        SendTimed(hub, group, message.Type, message, _received).PipeTo(Self, success: () => Done.Instance);

    /// <summary>Off the actor's thread once awaited: touches no state of the actor, only the (thread-safe) histogram.</summary>
    private static async Task SendTimed(IHubContext<StaffHub> hub, string group, string eventName, object message, long received)
    {
        await hub.Clients.Group(group).SendAsync(StaffHubGroups.Method, message);
        FacilitationMetrics.Pushed(Stopwatch.GetElapsedTime(received), eventName);
    }

    private sealed record ShiftChangedMessage(string Type, string Site, ShiftDto Shift) : IStaffPush;

    private sealed record RoomChangedMessage(string Type, string Site, string Room, BookingDto Booking) : IStaffPush;

    private sealed record TaskChangedMessage(string Type, string Site, TaskDto Task, string? To) : IStaffPush;

    private sealed record WeekChangedMessage(
        string Type, string Site, string Week, double BudgetHours, double PublishedHours, double ClaimedHours,
        double WorkedHours, double CommittedHours, double LeftHours, string LeftText, string LeftTextEn) : IStaffPush;
}

public static class StaffHubBridgeHosting
{
    public static AkkaConfigurationBuilder AddStaffHubBridge(this AkkaConfigurationBuilder builder) =>
        builder.WithActors((system, _, resolver) => system.ActorOf(resolver.Props<StaffHubBridge>(), "staff-hub-bridge"));
}
