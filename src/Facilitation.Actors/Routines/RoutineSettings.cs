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

    /// <summary>
    /// The scheduler's name, the SCHED_NAME of its rows: the same on every node of one deployment (that is
    /// what makes them one Quartz cluster on PostgreSQL). Another name is another schedule in the same tables.
    /// </summary>
    public string SchedulerName { get; init; } = RoutineHosting.SchedulerName;

    /// <summary>On PostgreSQL (clustered): how often a node writes that it is alive in qrtz_scheduler_state.</summary>
    public TimeSpan CheckInInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// On PostgreSQL (clustered): how long past a missed check-in the other nodes wait before taking a node
    /// for dead and recovering its triggers and its interrupted rounds. A dead node's work is taken over
    /// after <see cref="CheckInInterval"/> plus this (20 s by default), well inside Quartz's one-minute
    /// misfire threshold, so a round whose node died is run late rather than counted as missed. Longer than
    /// a garbage-collection pause or a short database blip, so that a live node is not written off.
    /// </summary>
    public TimeSpan CheckInMisfireThreshold { get; init; } = TimeSpan.FromSeconds(15);
}
