using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tasks;

/// <summary>The same fingerprint from a command and from the event it produced.</summary>
public static class TaskFingerprints
{
    /// <summary>
    /// Everything the raiser chose, not the time nor the new id (a retry may come with others).
    /// The free texts are prefixed by their length, and the title comes last, so that no two
    /// different requests share a fingerprint.
    /// </summary>
    public static string Raise(PersonId? by, TaskKind kind, string title, string place, TaskOrigin origin, TaskPriority priority, string? requestedBy) =>
        $"raise:{kind}:{priority}:{origin}:{by?.Value ?? "-"}:{place.Length}:{place}:{requestedBy?.Length ?? -1}:{requestedBy}:{title}";

    public static string Claim(TaskId task, PersonId by) => $"claim:{task}:{by}";

    public static string Complete(TaskId task, PersonId by) => $"complete:{task}:{by}";

    public static string Reassign(TaskId task, PersonId by, PersonId to) => $"reassign:{task}:{by}:{to}";

    public static string Cancel(TaskId task, PersonId by) => $"cancel:{task}:{by}";
}
