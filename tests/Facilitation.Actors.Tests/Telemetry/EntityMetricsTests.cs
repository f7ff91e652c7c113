using Facilitation.Actors.Telemetry;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Tasks;
using static Facilitation.Actors.Tasks.TaskBoardMessages;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;
using static Facilitation.Actors.Tests.Infrastructure.TestTasks;

namespace Facilitation.Actors.Tests.Telemetry;

/// <summary>
/// What an entity decides is counted where it decides it: an accepted command once its event is in
/// the journal, a retry as a repeat, a refusal under its rule, a journal failure as unavailable; and a
/// task's age when it is taken and done comes from the board's events, on the board's clock.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class EntityMetricsTests : NodeTest
{
    private const string Commands = "facilitation.commands";
    private const string Rejections = "facilitation.rejections";
    private const string TaskAge = "facilitation.task.age";
    private const string Board = "task-board";

    [Fact]
    public async Task An_accepted_command_counts_as_accepted_and_its_retry_as_a_repeat()
    {
        using var log = new MeasurementLog();
        var raise = VisitorArrived(At(0, 7));

        Accepted(await Node.Task(raise));
        Assert.Equal(1, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Accepted)));
        Assert.Equal(0, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Repeat)));

        Accepted(await Node.Task(raise with { NewId = TaskId.New() }), repeated: true);
        Assert.Equal(1, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Accepted)));
        Assert.Equal(1, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Repeat)));
        Assert.Empty(log.Values(Rejections));
    }

    [Fact]
    public async Task A_refused_command_counts_as_rejected_and_under_its_rule()
    {
        var task = Accepted(await Node.Task(VisitorArrived(At(0, 7))));
        Accepted(await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Lea), task.Id, At(0, 7))));
        using var log = new MeasurementLog();

        var refused = await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Samir), task.Id, At(0, 7)));

        Assert.Equal(TaskRejectionCodes.Taken, Assert.IsType<TaskResult.Rejected>(refused).Why.Code);
        Assert.Equal(1, log.Count(Rejections, ("entity", Board), ("rule", TaskRejectionCodes.Taken)));
        Assert.Equal(1, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Rejected)));
        Assert.Equal(0, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Accepted)));
    }

    [Fact]
    public async Task A_command_the_journal_refuses_counts_as_unavailable_not_accepted()
    {
        Assert.NotNull(await Node.Board());
        Db.RefuseJournalWrites("tasks");
        using var log = new MeasurementLog();

        Assert.Equal(new TaskResult.Unavailable("storage"), await Node.Task(VisitorArrived(At(0, 7))));

        Assert.Equal(1, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Unavailable)));
        Assert.Equal(0, log.Count(Commands, ("entity", Board), ("outcome", CommandOutcome.Accepted)));
    }

    [Fact]
    public async Task A_tasks_age_when_taken_and_when_done_is_measured_from_its_events_on_the_site_clock()
    {
        using var log = new MeasurementLog();
        var task = Accepted(await Node.Task(Raise(Clock.GetUtcNow(), TaskKind.Cleaning, TaskPriority.Normal, "Coffee spilt", "salle-vanves")));

        Clock.Advance(TimeSpan.FromMinutes(4));
        Accepted(await Node.Task(new TaskCommands.Claim(NewCommandId("claim"), Facilitator(Lea), task.Id, Clock.GetUtcNow())));
        Clock.Advance(TimeSpan.FromMinutes(6));
        Accepted(await Node.Task(new TaskCommands.Complete(NewCommandId("done"), Facilitator(Lea), task.Id, Clock.GetUtcNow())));

        Assert.Equal([240.0], log.Values(TaskAge, ("category", "cleaning"), ("step", TaskAges.Taken)));
        Assert.Equal([600.0], log.Values(TaskAge, ("category", "cleaning"), ("step", TaskAges.Done)));
    }
}
