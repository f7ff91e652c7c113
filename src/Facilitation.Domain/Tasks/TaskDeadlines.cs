namespace Facilitation.Domain.Tasks;

/// <summary>
/// How long a task may wait unclaimed before it is escalated to the co-managers, by kind and
/// priority; one set per site, the defaults are Casaco's.
/// </summary>
public sealed record TaskDeadlines
{
    public TimeSpan WelcomeNormal { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A visitor waiting at the desk.</summary>
    public TimeSpan WelcomeHigh { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan WelcomeUrgent { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan LogisticsNormal { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan LogisticsHigh { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan LogisticsUrgent { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan CleaningNormal { get; init; } = TimeSpan.FromMinutes(60);

    public TimeSpan CleaningHigh { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan CleaningUrgent { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan For(TaskKind kind, TaskPriority priority) => (kind, priority) switch
    {
        (TaskKind.Welcome, TaskPriority.Normal) => WelcomeNormal,
        (TaskKind.Welcome, TaskPriority.High) => WelcomeHigh,
        (TaskKind.Welcome, TaskPriority.Urgent) => WelcomeUrgent,
        (TaskKind.Logistics, TaskPriority.Normal) => LogisticsNormal,
        (TaskKind.Logistics, TaskPriority.High) => LogisticsHigh,
        (TaskKind.Logistics, TaskPriority.Urgent) => LogisticsUrgent,
        (TaskKind.Cleaning, TaskPriority.Normal) => CleaningNormal,
        (TaskKind.Cleaning, TaskPriority.High) => CleaningHigh,
        (TaskKind.Cleaning, TaskPriority.Urgent) => CleaningUrgent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"{kind}/{priority}", "unknown task kind or priority"),
    };
}
