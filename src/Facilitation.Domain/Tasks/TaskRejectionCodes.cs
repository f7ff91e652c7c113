namespace Facilitation.Domain.Tasks;

/// <summary>
/// The reasons a task board refuses a command, as stable codes, beside the shared ones in
/// <see cref="Outcomes.RejectionCodes"/> (<c>CommandIdReused</c>, <c>CoManagerOnly</c>).
/// </summary>
public static class TaskRejectionCodes
{
    /// <summary>No task with that id on this board (404).</summary>
    public const string NotFound = "task.not-found";

    /// <summary>Someone else is on it; the rejection's holder says who (409).</summary>
    public const string Taken = "task.taken";

    /// <summary>The caller claims a task they already hold (409).</summary>
    public const string AlreadyYours = "task.already-yours";

    /// <summary>A reassignment to the person who already holds the task (409).</summary>
    public const string AlreadyAssigned = "task.already-assigned";

    /// <summary>Done or cancelled: nothing more can happen to it (409).</summary>
    public const string Closed = "task.closed";

    /// <summary>A facilitator completes a task someone else holds (403); a co-manager may.</summary>
    public const string NotYours = "task.not-yours";

    /// <summary>A new task's id is already on the board (409): the caller should make another and retry.</summary>
    public const string IdTaken = "task.id-taken";

    /// <summary>The text is empty or blank (400, field "text").</summary>
    public const string TextEmpty = "task.text-empty";

    /// <summary>The text is longer than <see cref="TaskEntry.MaxTitleLength"/> characters (400, field "text").</summary>
    public const string TextTooLong = "task.text-too-long";

    /// <summary>The place is empty or blank (400, field "place").</summary>
    public const string PlaceMissing = "task.place-missing";

    /// <summary>The member's or visitor's name is longer than <see cref="TaskEntry.MaxNameLength"/> characters (400, field "name").</summary>
    public const string NameTooLong = "task.name-too-long";

    /// <summary>A plan from a source is malformed (no source, a key twice, due before it appears): a bug of the sender.</summary>
    public const string PlanInvalid = "task.plan-invalid";

    /// <summary>A kind, origin or priority outside its list (400, the field named).</summary>
    public const string UnknownValue = "task.unknown-value";
}
