using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>Casaco's task board built the way the board actor builds it: by deciding commands and applying their events.</summary>
public static class TaskBoards
{
    public static readonly TaskDeadlines Deadlines = new();

    public static readonly TaskBoardState Empty = TaskBoardState.Empty(Casaco.Id);

    /// <summary>Tuesday 1 December 2026, 10:00 in Paris.</summary>
    public static readonly DateTimeOffset Ten = Casaco.At(2026, 12, 1, 10);

    public static readonly Caller Lea = Casaco.Facilitator("lea");
    public static readonly Caller Hugo = Casaco.Facilitator("hugo");
    public static readonly Caller Claire = Casaco.CoManager("claire");

    public static TaskCommands.Raise Raise(
        TaskKind kind = TaskKind.Logistics,
        TaskPriority priority = TaskPriority.Normal,
        string title = "Plus de papier dans l'imprimante",
        string place = "entrance",
        TaskOrigin origin = TaskOrigin.MemberRequest,
        string? requestedBy = "Alice Martin",
        PersonId? by = null,
        DateTimeOffset? at = null,
        TaskId? id = null,
        CommandId? commandId = null) =>
        new(commandId ?? Casaco.NewCommandId(), by, id ?? TaskId.New(), kind, title, place, origin, priority, requestedBy, at ?? Ten);

    public static Decision<ITaskEvent, TaskEntry> Decide(this TaskBoardState state, object command) =>
        TaskBoardDecider.Decide(state, command, Deadlines);

    /// <summary>The state after a command the decider must accept.</summary>
    public static TaskBoardState Then(this TaskBoardState state, object command)
    {
        var decision = state.Decide(command);
        if (decision is not Decision<ITaskEvent, TaskEntry>.Accept accept)
            throw new InvalidOperationException($"expected {command} to be accepted, got {decision}");
        return accept.Events.Aggregate(state, TaskBoardDecider.Apply);
    }

    /// <summary>A board with one task raised by <paramref name="raise"/>.</summary>
    public static (TaskBoardState Board, TaskId Task) With(TaskCommands.Raise raise) => (Empty.Then(raise), raise.NewId);

    /// <summary>A board with one logistics task raised at ten by the kiosk.</summary>
    public static (TaskBoardState Board, TaskId Task) OneOpen() => With(Raise());

    public static (TaskBoardState Board, TaskId Task) OneClaimedBy(Caller who)
    {
        var (board, task) = OneOpen();
        return (board.Then(new TaskCommands.Claim(Casaco.NewCommandId(), who, task, Ten.AddMinutes(1))), task);
    }

    public static (TaskBoardState Board, TaskId Task) OneEscalated()
    {
        var (board, task) = OneOpen();
        return (board.Then(new TaskCommands.EscalateDue(board.Find(task)!.DueAt)), task);
    }

    public static (TaskBoardState Board, TaskId Task) OneDone()
    {
        var (board, task) = OneClaimedBy(Lea);
        return (board.Then(new TaskCommands.Complete(Casaco.NewCommandId(), Lea, task, Ten.AddMinutes(5))), task);
    }

    public static (TaskBoardState Board, TaskId Task) OneCancelled()
    {
        var (board, task) = OneOpen();
        return (board.Then(new TaskCommands.Cancel(Casaco.NewCommandId(), Claire, task, Ten.AddMinutes(2))), task);
    }

    public static Rejection Refused(Decision<ITaskEvent, TaskEntry> decision) =>
        Assert.IsType<Decision<ITaskEvent, TaskEntry>.Reject>(decision).Why;

    public static IReadOnlyList<ITaskEvent> Events(Decision<ITaskEvent, TaskEntry> decision) =>
        Assert.IsType<Decision<ITaskEvent, TaskEntry>.Accept>(decision).Events;

    public static T OnlyEvent<T>(Decision<ITaskEvent, TaskEntry> decision) => Assert.IsType<T>(Assert.Single(Events(decision)));
}
