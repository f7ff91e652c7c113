using Facilitation.Domain.Routines;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Routines;

/// <summary>A routine as the API shows it, with its next round (local times of the site) and when Quartz fires next.</summary>
public sealed record RoutineDto(
    string Id,
    string Kind,
    string Title,
    string Rule,
    double DurationHours,
    double LeadHours,
    string? Room,
    IReadOnlyList<RoutineShiftInput> Shifts,
    IReadOnlyList<RoutineTaskInput> Tasks,
    bool Enabled,
    string WhenMissed,
    RoundDto? Next,
    DateTimeOffset? NextFire)
{
    public static RoutineDto From(RoutineDefinition routine, Site site, ClosedDays closed, DateTimeOffset now, DateTimeOffset? nextFire) => new(
        routine.Id,
        RoutineInputReader.NameOf(routine.Kind),
        routine.Title,
        routine.Rule.ToString(),
        routine.Duration.TotalHours,
        routine.LeadTime.TotalHours,
        routine.Room,
        routine.Shifts.Select(s => new RoutineShiftInput(RoutineInputReader.NameOf(s.Role), s.From.TotalHours, s.Length.TotalHours)).ToList(),
        routine.Tasks.Select(t => new RoutineTaskInput(t.Key, RoutineInputReader.NameOf(t.Kind), t.Title, t.Appears.TotalHours, t.Due.TotalHours)).ToList(),
        routine.Enabled,
        routine.CatchUpWhenMissed ? "run-once" : "skip",
        RoutineSchedule.Coming(routine, site.Calendar, closed, now) is { } next ? RoundDto.From(routine, next, site) : null,
        nextFire is { } fire ? site.Calendar.ToLocal(fire) : null);
}
