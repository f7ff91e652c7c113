namespace Facilitation.Domain.Routines;

/// <summary>One coming round of a routine: its local day, when it runs, and when it is prepared.</summary>
public sealed record RoutineOccurrence(string Routine, DateOnly Day, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset PrepareAt);
