namespace Facilitation.Domain.Tasks;

/// <summary>
/// A task that something else (a room booking, an event) will need at a known time: it appears
/// on the board at <paramref name="AppearsAt"/> and must be taken on by <paramref name="DueAt"/>.
/// </summary>
/// <param name="Key">What it is within its source ("setup", "welcome", "cleaning"): a source has at most one task per key.</param>
public sealed record PlannedTask(
    string Key,
    TaskKind Kind,
    TaskPriority Priority,
    string Title,
    string Place,
    DateTimeOffset AppearsAt,
    DateTimeOffset DueAt);
