using System.Collections.Immutable;
using Facilitation.Domain.Outcomes;

namespace Facilitation.Domain.Tasks;

/// <summary>
/// How a board follows the plans of its sources (bookings): compare the plan sent with what the
/// board holds for the source, slot by slot, and produce only the differences, so that a plan sent
/// twice changes nothing.
/// </summary>
/// <remarks>
/// A slot whose task is already on the board and not closed is withdrawn when the source drops it
/// or changes its time, and planned again if still needed; a done task stays done, and a changed
/// plan for its slot plans a new task (a booking moved after its set-up was done needs another).
/// </remarks>
public static class TaskPlanning
{
    public static Decision<ITaskEvent, TaskEntry> Decide(TaskBoardState state, TaskCommands.Plan plan)
    {
        if (Invalid(plan)) return new Decision<ITaskEvent, TaskEntry>.Reject(new Rejection(RejectionKind.Invalid, TaskRejectionCodes.PlanInvalid));

        var events = new List<ITaskEvent>();
        var wanted = plan.Tasks.ToDictionary(t => t.Key, StringComparer.Ordinal);
        var held = state.Plans.Values.Where(p => p.Source == plan.Source).ToList();

        foreach (var entry in held)
        {
            var task = entry.Appeared ? state.Find(entry.Id) : null;
            var open = task is { IsClosed: false };
            // Withdrawn by an earlier plan, not cancelled by a co-manager: a co-manager's "not needed" stands.
            var withdrawn = task is { Status: TaskStatus.Cancelled } && task.History[^1].What == TaskHistoryEntry.Withdrawn;
            if (!wanted.TryGetValue(entry.Task.Key, out var now))
            {
                if (!entry.Appeared) events.Add(new TaskEvents.Unplanned(entry.Id, entry.Source, entry.Task.Key, plan.At));
                else if (open) events.Add(new TaskEvents.Withdrawn(entry.Id, plan.At));
                continue;
            }
            wanted.Remove(entry.Task.Key);
            if (now == entry.Task && entry.Origin == plan.Origin && !withdrawn) continue;
            if (!entry.Appeared)
            {
                events.Add(new TaskEvents.Planned(entry.Id, plan.Source, plan.Origin, now, plan.At));
                continue;
            }
            if (open) events.Add(new TaskEvents.Withdrawn(entry.Id, plan.At));
            events.Add(new TaskEvents.Planned(NewId(state, plan.Source, now.Key), plan.Source, plan.Origin, now, plan.At));
        }
        foreach (var task in plan.Tasks.Where(t => wanted.ContainsKey(t.Key)))
            events.Add(new TaskEvents.Planned(NewId(state, plan.Source, task.Key), plan.Source, plan.Origin, task, plan.At));
        return new Decision<ITaskEvent, TaskEntry>.Accept(events);
    }

    public static ImmutableSortedDictionary<string, PlanEntry> Apply(ImmutableSortedDictionary<string, PlanEntry> plans, ITaskEvent @event) => @event switch
    {
        TaskEvents.Planned p => plans.SetItem(PlanEntry.SlotOf(p.Source, p.Plan.Key), new PlanEntry(p.Task, p.Source, p.Origin, p.Plan, Appeared: false)),
        TaskEvents.Unplanned u when plans.TryGetValue(PlanEntry.SlotOf(u.Source, u.Key), out var e) && e.Id == u.Task => plans.Remove(e.Slot),
        TaskEvents.Appeared a when plans.Values.FirstOrDefault(p => p.Id == a.Task) is { } e => plans.SetItem(e.Slot, e with { Appeared = true }),
        _ => plans,
    };

    /// <summary>The task a planned entry becomes when its time comes: open from its planned time, due when planned.</summary>
    public static TaskEntry EntryOf(PlanEntry plan) =>
        new(plan.Id, plan.Task.Kind, plan.Task.Title, plan.Task.Place, plan.Origin, plan.Task.Priority, null,
            plan.Task.AppearsAt, plan.Task.DueAt, TaskStatus.Open, null, null,
            [new TaskHistoryEntry(plan.Task.AppearsAt, TaskHistoryEntry.Raised, null, null)], 1)
        {
            Source = plan.Slot,
        };

    /// <summary>
    /// A new id from the slot and the board's version, so that deciding stays a pure function; the
    /// version changes with every event, and a slot gets at most one new id per decision.
    /// </summary>
    private static TaskId NewId(TaskBoardState state, string source, string key)
    {
        for (var salt = 0; ; salt++)
        {
            var id = TaskId.Derive($"{PlanEntry.SlotOf(source, key)}@{state.Version}/{salt}");
            if (state.Find(id) is null && state.Plans.Values.All(p => p.Id != id)) return id;
        }
    }

    private static bool Invalid(TaskCommands.Plan plan) =>
        string.IsNullOrWhiteSpace(plan.Source)
        || plan.Source.Length > 200
        || !Enum.IsDefined(plan.Origin)
        || plan.Tasks.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() != plan.Tasks.Count
        || plan.Tasks.Any(t =>
            string.IsNullOrWhiteSpace(t.Key) || string.IsNullOrWhiteSpace(t.Title) || t.Title.Length > TaskEntry.MaxTitleLength
            || string.IsNullOrWhiteSpace(t.Place) || t.DueAt < t.AppearsAt || !Enum.IsDefined(t.Kind) || !Enum.IsDefined(t.Priority));
}
