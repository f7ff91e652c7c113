using Facilitation.Domain.Ids;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Sites;

/// <summary>One tiers-lieu of the network, as its site file describes it.</summary>
public sealed record Site(
    SiteId Id,
    string Name,
    string Address,
    TimeZoneInfo TimeZone,
    int Capacity,
    LabourRules Rules,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<Desk> Desks,
    IReadOnlyList<OpeningHours> Opening,
    IReadOnlyList<StaffMember> Staff)
{
    public SiteCalendar Calendar { get; } = new(TimeZone);

    /// <summary>How long a task may wait unclaimed before it is escalated, by kind and priority.</summary>
    public TaskDeadlines TaskDeadlines { get; init; } = new();

    /// <summary>When a room booking's set-up, welcome and cleaning tasks appear.</summary>
    public BookingTaskTimes BookingTasks { get; init; } = new();

    public Room? FindRoom(string? id) => Rooms.FirstOrDefault(r => r.Id == id);
    /// <summary>The plans the site sells its members (prices, pass validity).</summary>
    public MemberPlans Plans { get; init; } = new();

    /// <summary>The site's recurring operations, from its site file (co-managers edit them later over the API).</summary>
    public SiteRoutines Routines { get; init; } = SiteRoutines.None;

    public StaffMember? FindStaff(PersonId person) => Staff.FirstOrDefault(s => s.Id == person);
}
