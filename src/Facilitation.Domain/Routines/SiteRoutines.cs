namespace Facilitation.Domain.Routines;

/// <summary>A site's routines and the closures its co-managers entered.</summary>
public sealed record SiteRoutines(IReadOnlyList<RoutineDefinition> Routines, IReadOnlyList<DateOnly> Closures)
{
    public static SiteRoutines None { get; } = new([], []);

    public ClosedDays Closed => new(Closures);

    public RoutineDefinition? Find(string id) => Routines.FirstOrDefault(r => r.Id == id);
}
