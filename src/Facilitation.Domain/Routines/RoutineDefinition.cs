namespace Facilitation.Domain.Routines;

/// <summary>
/// One recurring operation of a site: when (<see cref="Rule"/>, local time), for how long, how long
/// before it is prepared (<see cref="LeadTime"/>), and what it creates: a booking of
/// <see cref="Room"/>, extra shifts, tasks.
/// </summary>
public sealed record RoutineDefinition(
    string Id,
    RoutineKind Kind,
    string Title,
    RoutineRule Rule,
    TimeSpan Duration,
    TimeSpan LeadTime,
    string? Room,
    IReadOnlyList<RoutineShift> Shifts,
    IReadOnlyList<RoutineTask> Tasks,
    bool Enabled = true)
{
    /// <summary>
    /// After downtime, whether a missed firing still runs (once, at start-up): an event prepared
    /// days ahead is still worth preparing; a round whose moment has passed is not.
    /// </summary>
    public bool CatchUpWhenMissed => Kind is RoutineKind.MembersDay or RoutineKind.CasacoTuesday or RoutineKind.FoodDistribution;
}
