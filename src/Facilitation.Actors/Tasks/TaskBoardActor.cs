using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Event;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Persistence;
using Facilitation.Actors.Telemetry;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tasks.TaskBoardMessages;

namespace Facilitation.Actors.Tasks;

/// <summary>Marks the shard region of the task boards in the actor registry.</summary>
public sealed class TaskBoardRegion;

/// <summary>
/// One site's tasks: the only writer of who holds which task. A new task goes to whoever is on
/// shift now (asked of the week ledger), or to the co-managers when nobody is; a task left waiting
/// past its deadline is escalated to the co-managers by the board's own timer on the site's clock.
/// </summary>
public sealed class TaskBoardActor : JournaledEntity
{
    private const int SnapshotInterval = 100;

    private readonly Site? _site;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _ledgerTimeout;
    private TaskBoardState _state;
    private ITimer? _deadlineTimer;

    public TaskBoardActor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan ledgerTimeout)
    {
        var site = new SiteId(entityId);
        PersistenceId = $"tasks-{site}";
        _site = findSite(site);
        _clock = clock;
        _ledgerTimeout = ledgerTimeout;
        _state = TaskBoardState.Empty(site);

        Recover<Akka.Persistence.SnapshotOffer>(offer => _state = (TaskBoardState)offer.Snapshot);
        Recover<ITaskEvent>(e => _state = TaskBoardDecider.Apply(_state, e));

        Command<Execute>(Handle);
        Command<GetWaiting>(q => Sender.Tell(WaitingTasks.Page(_state, q.After)));
        Command<GetWholeBoard>(_ => AnswerOnThisNodeOnly(_state));
        Command<PlanTasks>(Handle);
        Command<CheckDeadlines>(_ => Escalate());
        // The task as it is now: it may have been claimed or escalated while the ledger answered.
        Command<Routed>(routed => PublishToSite(_state.Site, new SiteEvents.TaskChanged(
            _state.Site, _state.Find(routed.Task.Id) ?? routed.Task, routed.People, routed.People.Count == 0)));
        KeepSnapshotsTidy();
    }

    public override string PersistenceId { get; }

    protected override string Entity => "task-board";

    public static Props PropsFor(string entityId, Func<SiteId, Site?> findSite, TimeProvider clock, TimeSpan ledgerTimeout) =>
        Props.Create(() => new TaskBoardActor(entityId, findSite, clock, ledgerTimeout));

    protected override void OnReplaySuccess() => ArmDeadlineTimer();

    /// <summary>A task board's callers ask for a <see cref="TaskResult"/>, not a shift's CommandResult.</summary>
    protected override object Unavailable(string reason) => new TaskResult.Unavailable(reason);

    protected override void PostStop()
    {
        _deadlineTimer?.Dispose();
        base.PostStop();
    }

    private void Handle(Execute execute)
    {
        if (_site is null)
        {
            Sender.Tell(new TaskResult.Rejected(Refused(new Rejection(RejectionKind.NotFound, "site.not-found"), execute.Command.CommandId)));
            return;
        }
        switch (Decided(TaskBoardDecider.Decide(_state, execute.Command, _site!.TaskDeadlines), execute.Command.CommandId))
        {
            case Decision<ITaskEvent, TaskEntry>.Repeat repeat:
                Sender.Tell(new TaskResult.Accepted(repeat.FirstAnswer, Repeated: true));
                break;
            case Decision<ITaskEvent, TaskEntry>.Reject reject:
                Sender.Tell(new TaskResult.Rejected(reject.Why));
                break;
            case Decision<ITaskEvent, TaskEntry>.Accept accept:
                var replyTo = Sender;
                PersistAccepted(accept.Events, e =>
                {
                    Applied(e);
                    var task = _state.Find(TaskOf(e))!;
                    replyTo.Tell(new TaskResult.Accepted(task, Repeated: false));
                    if (e is TaskEvents.Raised) RouteToWhoeverIsOnShift(task);
                    else PublishToSite(_state.Site, new SiteEvents.TaskChanged(_state.Site, task, [], ToCoManagers: false));
                });
                break;
        }
    }

    /// <summary>A source's plan: answered once its differences are persisted (at once when there are none).</summary>
    private void Handle(PlanTasks plan)
    {
        var replyTo = Sender;
        var done = new Planned(plan.Plan.Source);
        switch (Decided(TaskBoardDecider.Decide(_state, plan.Plan, _site?.TaskDeadlines ?? new TaskDeadlines()), commandId: null))
        {
            case Decision<ITaskEvent, TaskEntry>.Reject reject:
                Log.Error("Plan of {0} refused: {1}", plan.Plan.Source, reject.Why.Code);
                replyTo.Tell(new TaskResult.Rejected(reject.Why));
                break;
            case Decision<ITaskEvent, TaskEntry>.Accept { Events.Count: 0 }:
                replyTo.Tell(done);
                break;
            case Decision<ITaskEvent, TaskEntry>.Accept accept:
                var last = accept.Events[^1];
                PersistAccepted(accept.Events, e =>
                {
                    Applied(e);
                    if (e is TaskEvents.Withdrawn)
                        PublishToSite(_state.Site, new SiteEvents.TaskChanged(_state.Site, _state.Find(e.Task)!, [], ToCoManagers: false));
                    if (ReferenceEquals(e, last)) replyTo.Tell(done);
                });
                break;
        }
    }

    /// <summary>The board's clock: planned tasks whose time came appear (and go to whoever is on shift); late ones are escalated.</summary>
    private void Escalate()
    {
        if (_site is null) return;
        if (TaskBoardDecider.Decide(_state, new TaskCommands.EscalateDue(_clock.GetUtcNow()), _site!.TaskDeadlines) is not Decision<ITaskEvent, TaskEntry>.Accept { Events.Count: > 0 } accept)
        {
            ArmDeadlineTimer();
            return;
        }
        PersistAll(accept.Events, e =>
        {
            Applied(e);
            var task = _state.Find(TaskOf(e))!;
            if (e is TaskEvents.Appeared) RouteToWhoeverIsOnShift(task);
            else PublishToSite(_state.Site, new SiteEvents.TaskChanged(_state.Site, task, [], ToCoManagers: true));
        });
    }

    /// <summary>Asks the week ledger who is on shift now; nobody means the co-managers.</summary>
    private void RouteToWhoeverIsOnShift(TaskEntry task)
    {
        var now = _clock.GetUtcNow();
        var week = _site!.Calendar.WeekOf(now);
        ActorRegistry.For(Context.System).Get<WeekLedgerRegion>()
            .Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(_state.Site, week), _ledgerTimeout)
            .PipeTo(Self, success: ledger => new Routed(task, OnShift.At(ledger, now)), failure: ex =>
            {
                Log.Warning(ex, "Could not ask who is on shift; task {0} goes to the co-managers", task.Id);
                return new Routed(task, []);
            });
    }

    private void Applied(ITaskEvent e)
    {
        TaskAges.Record(_state.Find(e.Task), e);
        _state = TaskBoardDecider.Apply(_state, e);
        SnapshotEvery(SnapshotInterval, _state);
        ArmDeadlineTimer();
    }

    /// <summary>One timer, on the site's clock, for the earliest deadline still waiting.</summary>
    private void ArmDeadlineTimer()
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        if (_state.NextDeadline is not { } next) return;
        var self = Self;
        var check = new CheckDeadlines(_state.Site);
        var due = next - _clock.GetUtcNow();
        _deadlineTimer = _clock.CreateTimer(_ => self.Tell(check), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private static TaskId TaskOf(ITaskEvent e) => e.Task;

    private sealed record Routed(TaskEntry Task, IReadOnlyList<PersonId> People);
}

public static class TaskBoardActorHosting
{
    /// <summary>
    /// Task boards are not passivated when idle: a board with waiting tasks keeps its deadline
    /// timer. Every node's <see cref="TaskDeadlineTicker"/> also wakes each board now and then, so
    /// a board that moved to another node (or a restarted node) starts again by itself.
    /// </summary>
    public static AkkaConfigurationBuilder AddTaskBoards(
        this AkkaConfigurationBuilder builder, Func<SiteId, Site?> findSite, IReadOnlyList<SiteId> sites, TimeProvider clock,
        TimeSpan ledgerTimeout, TimeSpan tick, ShardOptions options) =>
        builder
            .WithShardRegion<TaskBoardRegion>(
                "task-board",
                entityId => TaskBoardActor.PropsFor(entityId, findSite, clock, ledgerTimeout),
                new EntityMessageExtractor(),
                new ShardOptions
                {
                    RememberEntities = false,
                    StateStoreMode = options.StateStoreMode,
                    ShouldPassivateIdleEntities = false,
                })
            .WithActors((system, registry) =>
                system.ActorOf(TaskDeadlineTicker.PropsFor(registry.Get<TaskBoardRegion>(), sites, tick), "task-deadline-ticker"));
}
