using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Routines;

/// <summary>What one round of a routine creates, as plain values for the job to send to the actors.</summary>
public sealed record RoutineWork(RoutineOccurrence Occurrence, TimeRange? Booking, IReadOnlyList<(ShiftRole Role, TimeRange Range)> Shifts, IReadOnlyList<PlannedTask> Tasks)
{
    public static RoutineWork For(RoutineDefinition routine, RoutineOccurrence occurrence, string place)
    {
        var booking = routine.Room is null ? (TimeRange?)null : new TimeRange(occurrence.Start, occurrence.End);
        var shifts = routine.Shifts
            .Select(s => (s.Role, new TimeRange(occurrence.Start + s.From, occurrence.Start + s.From + s.Length)))
            .ToList();
        var tasks = routine.Tasks
            .Select(t =>
            {
                var appears = Later(occurrence.Start + t.Appears, occurrence.PrepareAt);
                var due = Later(occurrence.Start + t.Due, appears);
                var priority = t.Kind == TaskKind.Welcome ? TaskPriority.High : TaskPriority.Normal;
                return new PlannedTask(t.Key, t.Kind, priority, t.Title, place, appears, due);
            })
            .ToList();
        return new RoutineWork(occurrence, booking, shifts, tasks);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
