namespace Facilitation.Domain.Rooms;

/// <summary>
/// When a booking's tasks appear on the board, relative to the booking; one set per site (the
/// site file's <c>bookingTasks</c>), the defaults are Casaco's.
/// </summary>
public sealed record BookingTaskTimes
{
    /// <summary>The set-up (logistics) appears this long before the booking starts.</summary>
    public TimeSpan SetupBefore { get; init; } = TimeSpan.FromMinutes(45);

    /// <summary>The welcome of outside guests appears this long before the booking starts.</summary>
    public TimeSpan WelcomeBefore { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The cleaning appears this long after the booking ends (0: as it ends).</summary>
    public TimeSpan CleaningAfter { get; init; } = TimeSpan.Zero;
}
