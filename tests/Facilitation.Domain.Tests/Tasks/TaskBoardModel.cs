using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tasks.TaskCommands;
using TaskStatus = Facilitation.Domain.Tasks.TaskStatus;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>
/// Plays a <see cref="TaskScript"/> the way the board actor does (decide, then fold the accepted
/// events) with a clock that moves forward between steps, and checks every <see cref="TaskInvariant"/>
/// after each step.
/// </summary>
public sealed class TaskBoardModel
{
    /// <summary>An id no raise in a script reaches: commands about it must be refused as not found.</summary>
    public static readonly TaskId Unknown = TaskId.Parse("ffffffffff");

    private static readonly string[] Places = ["entrance", "floor-0", "floor-1", "room-2", "desk-12"];

    private readonly List<ITaskEvent> events = [];
    private readonly List<(ITaskCommand Command, bool Accepted)> sent = [];
    private readonly List<(TaskInvariant Rule, string What)> broken = [];
    private readonly Dictionary<string, int> outcomes = [];
    private readonly List<string> log = [];
    private int raised;

    private TaskBoardModel(TaskScript script) => Script = script;

    public TaskScript Script { get; }

    public TaskBoardState Board { get; private set; } = TaskBoards.Empty;

    public DateTimeOffset Now { get; private set; } = TaskBoards.Ten;

    /// <summary>Every event accepted, in order: the board's journal.</summary>
    public IReadOnlyList<ITaskEvent> Events => events;

    public IReadOnlyList<(TaskInvariant Rule, string What)> Broken => broken;

    /// <summary>How often each event type, rejection code, "repeat" and "nothing" (a timer with nothing due) came out.</summary>
    public IReadOnlyDictionary<string, int> Outcomes => outcomes;

    public IEnumerable<string> BrokenOf(TaskInvariant rule) => broken.Where(b => b.Rule == rule).Select(b => b.What);

    public static TaskBoardModel Play(TaskScript script)
    {
        var model = new TaskBoardModel(script);
        for (var i = 0; i < script.Steps.Count; i++) model.Run(i, script.Steps[i]);
        return model;
    }

    public string Explain(TaskInvariant rule) =>
        $"{string.Join(Environment.NewLine, BrokenOf(rule))}{Environment.NewLine}after:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", log)}";

    private void Run(int index, TaskStep step)
    {
        Now = Now.AddMinutes(step.Minutes);
        var command = CommandFor(index, step);
        if (command is null) return;

        var before = Board;
        var decision = TaskBoardDecider.Decide(before, command, TaskBoards.Deadlines);
        IReadOnlyList<ITaskEvent> accepted = [];
        switch (decision)
        {
            case Decision<ITaskEvent, TaskEntry>.Accept accept:
                accepted = accept.Events;
                Board = accepted.Aggregate(before, TaskBoardDecider.Apply);
                events.AddRange(accepted);
                if (accepted.Count == 0) Count("nothing");
                foreach (var e in accepted) Count(e.GetType().Name);
                if (command is ITaskCommand asked) sent.Add((asked, true));
                break;
            case Decision<ITaskEvent, TaskEntry>.Reject reject:
                Count(reject.Why.Code);
                if (command is ITaskCommand refused) sent.Add((refused, false));
                break;
            case Decision<ITaskEvent, TaskEntry>.Repeat repeat:
                Count("repeat");
                CheckRepeat(before, step, command, repeat.FirstAnswer);
                break;
        }
        log.Add($"{Now:HH:mm} {step} -> {Describe(decision)}");

        CheckRetry(before, step, command, decision);
        CheckClaimers(before, command, accepted);
        CheckClosed(before);
        CheckEscalation(before, command, accepted);
        CheckHistory(before, accepted);
    }

    private object? CommandFor(int index, TaskStep step)
    {
        var id = new CommandId($"cmd-{index}");
        switch (step.Kind)
        {
            case TaskStepKind.Raise:
                return RaiseFor(id, step);
            case TaskStepKind.Escalate:
                return new EscalateDue(Now);
            case TaskStepKind.Retry when sent.Count > 0:
                return Resent(sent[step.Pick % sent.Count].Command);
            case TaskStepKind.ReuseCommandId when sent.Any(s => s.Accepted):
                var used = sent.Where(s => s.Accepted).ToList()[step.Pick % sent.Count(s => s.Accepted)];
                return RaiseFor(used.Command.CommandId, step) with { Title = $"autre chose {index}" };
            case TaskStepKind.Retry or TaskStepKind.ReuseCommandId:
                return null;
        }

        var task = PickTask(step.Pick);
        var holder = Board.Find(task)?.ClaimedBy;
        var by = step.By == TaskStep.TheHolderOrKiosk ? CallerOf(holder) ?? TaskScript.Staff[step.Pick % TaskScript.Staff.Count] : TaskScript.Staff[step.By];
        return step.Kind switch
        {
            TaskStepKind.Claim => new Claim(id, by, task, Now),
            TaskStepKind.Complete => new Complete(id, by, task, Now),
            TaskStepKind.Reassign => new Reassign(id, by, task, step.Person == TaskStep.TheHolderOrKiosk ? holder ?? TaskScript.Staff[2].Person : TaskScript.Staff[step.Person].Person, Now),
            TaskStepKind.Cancel => new Cancel(id, by, task, Now),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, null),
        };
    }

    private Raise RaiseFor(CommandId id, TaskStep step)
    {
        var n = ++raised;
        PersonId? by = step.By == TaskStep.TheHolderOrKiosk ? null : TaskScript.Staff[step.By].Person;
        return new Raise(
            id,
            by,
            TaskId.Parse(n.ToString("x10")),
            (TaskKind)(step.Variant % 3),
            step.Variant >= 95 ? "" : $"tâche {n}",
            Places[step.Variant % Places.Length],
            by is null ? TaskOrigin.MemberRequest : (TaskOrigin)(step.Variant % 5),
            (TaskPriority)(step.Variant / 3 % 3),
            by is null ? $"membre {step.Variant}" : null,
            Now);
    }

    /// <summary>The same command later: a raise also comes with a new id, as a web layer that makes one per request would send it.</summary>
    private ITaskCommand Resent(ITaskCommand command) => command switch
    {
        Raise r => r with { NewId = TaskId.Parse((++raised).ToString("x10")), At = Now },
        Claim c => c with { At = Now },
        Complete c => c with { At = Now },
        Reassign r => r with { At = Now },
        Cancel c => c with { At = Now },
        _ => command,
    };

    /// <summary>Three times in four a task still open, else any task; now and then one not on the board.</summary>
    private TaskId PickTask(int pick)
    {
        if (Board.Tasks.Count == 0 || pick % 25 == 24) return Unknown;
        var among = pick % 4 != 0 && Board.Open.Count > 0 ? Board.Open : Board.Tasks.Values.ToList();
        return among[pick % among.Count].Id;
    }

    private static Caller? CallerOf(PersonId? person) => person is null ? null : TaskScript.Staff.First(c => c.Person == person);

    /// <summary>A retry of a command the board has applied (first time, or on an earlier retry) gets the task as it is now.</summary>
    private void CheckRepeat(TaskBoardState before, TaskStep step, object command, TaskEntry answer)
    {
        if (step.Kind != TaskStepKind.Retry || command is not ITaskCommand asked
            || !before.Handled.TryGetValue(asked.CommandId, out var handled) || handled.Fingerprint != asked.Fingerprint)
        {
            Break(TaskInvariant.RetriesAnswered, $"{command} was answered as a repeat");
            return;
        }
        if (Board.Find(handled.Task) is not { } now || !TaskBoardEquality.Same(now, answer))
            Break(TaskInvariant.RetriesAnswered, $"the retry {command} got {answer}, not the task as it is now");
    }

    private void CheckRetry(TaskBoardState before, TaskStep step, object command, Decision<ITaskEvent, TaskEntry> decision)
    {
        if (step.Kind == TaskStepKind.Retry && command is ITaskCommand asked
            && before.Handled.TryGetValue(asked.CommandId, out var handled) && handled.Fingerprint == asked.Fingerprint
            && decision is not Decision<ITaskEvent, TaskEntry>.Repeat)
            Break(TaskInvariant.RetriesAnswered, $"the retry {command} got {Describe(decision)}, not a repeat");
        if (step.Kind == TaskStepKind.ReuseCommandId
            && decision is not Decision<ITaskEvent, TaskEntry>.Reject { Why.Code: RejectionCodes.CommandIdReused })
            Break(TaskInvariant.RetriesAnswered, $"{command} under a used id got {Describe(decision)}");
        if (decision is not Decision<ITaskEvent, TaskEntry>.Accept && !TaskBoardEquality.Same(before, Board))
            Break(TaskInvariant.RetriesAnswered, $"{command} was not accepted and yet changed the board");
    }

    private void CheckClaimers(TaskBoardState before, object command, IReadOnlyList<ITaskEvent> accepted)
    {
        foreach (var task in Board.Tasks.Values)
        {
            if (task.Status == TaskStatus.Claimed && task.ClaimedBy is null)
                Break(TaskInvariant.OneClaimer, $"{task.Id} is claimed by nobody");
            if (task.IsWaiting && task.ClaimedBy is not null)
                Break(TaskInvariant.OneClaimer, $"{task.Id} is {task.Status} and yet claimed by {task.ClaimedBy}");
        }
        foreach (var e in accepted)
        {
            var was = before.Find(e.Task);
            switch (e)
            {
                case TaskEvents.Claimed c when was is not { IsWaiting: true }:
                    Break(TaskInvariant.OneClaimer, $"{c.By} claimed {e.Task}, which was {was?.Status} by {was?.ClaimedBy}");
                    break;
                case TaskEvents.Reassigned r when CallerOf(r.By) is not { IsCoManager: true }:
                    Break(TaskInvariant.OneClaimer, $"{r.By}, not a co-manager, reassigned {e.Task}");
                    break;
                case TaskEvents.Completed c when !(was is { IsWaiting: true } || was?.ClaimedBy == c.By || CallerOf(c.By) is { IsCoManager: true }):
                    Break(TaskInvariant.OneClaimer, $"{c.By} completed {e.Task}, held by {was?.ClaimedBy}");
                    break;
            }
        }
    }

    private void CheckClosed(TaskBoardState before)
    {
        foreach (var task in before.Tasks.Values.Where(t => t.IsClosed))
            if (Board.Find(task.Id) is not { } now || !TaskBoardEquality.Same(task, now))
                Break(TaskInvariant.ClosedStayClosed, $"{task.Id} was {task.Status} and became {Board.Find(task.Id)?.Status} (version {Board.Find(task.Id)?.Version})");
    }

    private void CheckEscalation(TaskBoardState before, object command, IReadOnlyList<ITaskEvent> accepted)
    {
        if (command is EscalateDue due)
            foreach (var task in Board.Tasks.Values.Where(t => t.Status == TaskStatus.Open && t.DueAt <= due.Now))
                Break(TaskInvariant.DueTasksEscalatedOnce, $"{task.Id}, due {task.DueAt:HH:mm}, is still Open after the timer at {due.Now:HH:mm}");
        foreach (var e in accepted.OfType<TaskEvents.Escalated>())
        {
            if (command is not EscalateDue)
                Break(TaskInvariant.DueTasksEscalatedOnce, $"{command} escalated {e.Task}");
            if (before.Find(e.Task) is not { Status: TaskStatus.Open } was || was.DueAt > e.At)
                Break(TaskInvariant.DueTasksEscalatedOnce, $"{e.Task} was escalated at {e.At:HH:mm} while {before.Find(e.Task)?.Status}, due {before.Find(e.Task)?.DueAt:HH:mm}");
        }
        foreach (var task in Board.Tasks.Values.Where(t => t.History.Count(h => h.What == TaskHistoryEntry.Escalated) > 1))
            Break(TaskInvariant.DueTasksEscalatedOnce, $"{task.Id} was escalated more than once");
    }

    private void CheckHistory(TaskBoardState before, IReadOnlyList<ITaskEvent> accepted)
    {
        if (Board.Version != before.Version + accepted.Count)
            Break(TaskInvariant.OneHistoryEntryPerEvent, $"the board went from version {before.Version} to {Board.Version} with {accepted.Count} events");
        foreach (var task in Board.Tasks.Values)
        {
            var old = before.Find(task.Id)?.History ?? [];
            var mine = accepted.Where(e => e.Task == task.Id).ToList();
            var added = task.History.Skip(old.Count).ToList();
            if (task.History.Count != old.Count + mine.Count || !task.History.Take(old.Count).SequenceEqual(old))
                Break(TaskInvariant.OneHistoryEntryPerEvent, $"{task.Id} had {old.Count} entries, got {mine.Count} events and has {task.History.Count} entries");
            else if (!added.Select(h => h.What).SequenceEqual(mine.Select(WordOf)) || added.Zip(mine).Any(p => p.First.At != p.Second.At))
                Break(TaskInvariant.OneHistoryEntryPerEvent, $"{task.Id} recorded [{string.Join(", ", added)}] for [{string.Join(", ", mine)}]");
            if (task.Version != task.History.Count)
                Break(TaskInvariant.OneHistoryEntryPerEvent, $"{task.Id} is at version {task.Version} with {task.History.Count} entries");
        }
    }

    private static string WordOf(ITaskEvent e) => e switch
    {
        TaskEvents.Raised => TaskHistoryEntry.Raised,
        TaskEvents.Escalated => TaskHistoryEntry.Escalated,
        TaskEvents.Claimed => TaskHistoryEntry.Claimed,
        TaskEvents.Reassigned => TaskHistoryEntry.Reassigned,
        TaskEvents.Completed => TaskHistoryEntry.Done,
        TaskEvents.Cancelled => TaskHistoryEntry.Cancelled,
        _ => "?",
    };

    private static string Describe(Decision<ITaskEvent, TaskEntry> decision) => decision switch
    {
        Decision<ITaskEvent, TaskEntry>.Accept a => $"[{string.Join(", ", a.Events)}]",
        Decision<ITaskEvent, TaskEntry>.Reject r => $"refused {r.Why.Code}",
        Decision<ITaskEvent, TaskEntry>.Repeat => "repeat",
        _ => decision.ToString(),
    };

    private void Break(TaskInvariant rule, string what) => broken.Add((rule, $"step {log.Count}: {what}"));

    private void Count(string outcome) => outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
}
