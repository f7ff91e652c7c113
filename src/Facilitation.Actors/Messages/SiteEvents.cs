using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Messages;

/// <summary>
/// What the entities publish on their site's topic once it is persisted, for the screens: the
/// SignalR bridge on every node pushes them to the site's staff.
/// </summary>
public static class SiteEvents
{
    public static string Topic(SiteId site) => $"site-{site}";

    /// <summary>A shift as it now is (published, claimed, released, started, ended, cancelled, no-show).</summary>
    public sealed record ShiftChanged(SiteId Site, ShiftView Shift);

    /// <summary>A week's hours after a change.</summary>
    public sealed record WeekChanged(SiteId Site, IsoWeek Week, TimeSpan Published, TimeSpan Claimed, TimeSpan Worked, TimeSpan Committed);
}
