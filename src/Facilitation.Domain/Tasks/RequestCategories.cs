namespace Facilitation.Domain.Tasks;

/// <summary>Which task a front-desk request becomes.</summary>
public static class RequestCategories
{
    /// <summary>
    /// A broken printer, missing supplies or a problem in a room is logistics; a mess is cleaning;
    /// a visitor waiting at the desk is welcome work that cannot wait; anything else goes to
    /// whoever is on welcome, who knows where to send it.
    /// </summary>
    public static (TaskKind Kind, TaskPriority Priority) TaskFor(RequestCategory category) => category switch
    {
        RequestCategory.Printer or RequestCategory.Supplies or RequestCategory.RoomProblem => (TaskKind.Logistics, TaskPriority.Normal),
        RequestCategory.Cleaning => (TaskKind.Cleaning, TaskPriority.Normal),
        RequestCategory.VisitorArrived => (TaskKind.Welcome, TaskPriority.High),
        RequestCategory.Other => (TaskKind.Welcome, TaskPriority.Normal),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown request category"),
    };
}
