using System.Collections.Immutable;
using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tasks;

/// <summary>
/// One task of a site's board, at one version: also the answer to every command about it.
/// <see cref="Version"/> counts the task's own events, so it equals the length of its history.
/// </summary>
/// <param name="Title">The text of the task (for a request, what the member wrote); never shown unescaped.</param>
/// <param name="Place">Where: a room, desk, floor or the entrance, by the site's id for it (the web layer checks it).</param>
/// <param name="RequestedBy">The member's or visitor's name, for a front-desk request.</param>
/// <param name="DueAt">When it must have been taken on: raised plus the deadline of its kind and priority.</param>
/// <param name="ClaimedBy">Who is on it; once done, who took it on (or who did it, when done without a claim).</param>
/// <param name="RaisedBy">Who put it on the board; null for the kiosk or the system.</param>
public sealed record TaskEntry(
    TaskId Id,
    TaskKind Kind,
    string Title,
    string Place,
    TaskOrigin Origin,
    TaskPriority Priority,
    string? RequestedBy,
    DateTimeOffset RaisedAt,
    DateTimeOffset DueAt,
    TaskStatus Status,
    PersonId? ClaimedBy,
    PersonId? RaisedBy,
    ImmutableList<TaskHistoryEntry> History,
    long Version)
{
    public const int MaxTitleLength = 500;

    /// <summary>For a planned task, what needs it and which of its tasks it is ("booking:salle-vanves:4f2a#setup"); null otherwise.</summary>
    public string? Source { get; init; }

    public const int MaxNameLength = 100;

    /// <summary>Done or cancelled: nothing more happens to it.</summary>
    public bool IsClosed => Status is TaskStatus.Done or TaskStatus.Cancelled;

    /// <summary>Nobody is on it yet.</summary>
    public bool IsWaiting => Status is TaskStatus.Open or TaskStatus.Escalated;

    /// <summary>Waiting past its due time: the dashboard shows it as late.</summary>
    public bool IsLate(DateTimeOffset now) => IsWaiting && DueAt <= now;
}
