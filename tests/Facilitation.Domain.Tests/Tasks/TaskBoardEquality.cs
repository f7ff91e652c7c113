using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>
/// Whether two boards or tasks hold the same values. Records compare their immutable collections by
/// reference, so a board rebuilt from events is never <c>==</c> to the live one; this compares contents.
/// </summary>
public static class TaskBoardEquality
{
    public static bool Same(TaskEntry a, TaskEntry b) =>
        a with { History = b.History } == b && a.History.SequenceEqual(b.History);

    public static bool Same(TaskBoardState a, TaskBoardState b) =>
        a.Site == b.Site
        && a.Version == b.Version
        && a.Tasks.Count == b.Tasks.Count
        && a.Tasks.All(kv => b.Tasks.TryGetValue(kv.Key, out var other) && Same(kv.Value, other))
        && a.Handled.Count == b.Handled.Count
        && a.Handled.All(kv => b.Handled.TryGetValue(kv.Key, out var other) && other == kv.Value);
}
