namespace Facilitation.Domain.Tasks;

/// <summary>
/// One planned task on a board: the latest plan for one key of one source, with the id its task
/// has (or will have once it appears).
/// </summary>
public sealed record PlanEntry(TaskId Id, string Source, TaskOrigin Origin, PlannedTask Task, bool Appeared)
{
    /// <summary>"source#key": a source has at most one entry per key.</summary>
    public string Slot => SlotOf(Source, Task.Key);

    public static string SlotOf(string source, string key) => $"{source}#{key}";
}
