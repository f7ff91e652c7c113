using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
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

    /// <summary>
    /// A task as it now is. <paramref name="Notify"/> are the people on shift to alert (a new task);
    /// <paramref name="ToCoManagers"/> when the co-managers must be alerted instead (nobody on shift,
    /// or the task is late).
    /// </summary>
    public sealed record TaskChanged(SiteId Site, TaskEntry Task, IReadOnlyList<PersonId> Notify, bool ToCoManagers);

    /// <summary>A week's hours after a change.</summary>
    public sealed record WeekChanged(SiteId Site, IsoWeek Week, TimeSpan Published, TimeSpan Claimed, TimeSpan Worked, TimeSpan Committed);
}
