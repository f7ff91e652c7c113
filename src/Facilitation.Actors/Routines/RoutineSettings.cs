namespace Facilitation.Actors.Routines;

/// <summary>Configuration section Facilitation:Routines.</summary>
public sealed record RoutineSettings
{
    public const string SectionName = "Facilitation:Routines";

    /// <summary>Whether this node fires routines (the job store and the API work either way).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How long a command of a round may wait for its actor.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>After a round failed for want of storage, when it is tried again (same ids, so nothing twice).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromMinutes(1);
}
