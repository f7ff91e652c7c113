using FsCheck.Xunit;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tests.Tasks.TaskBoards;

namespace Facilitation.Domain.Tests.Tasks;

/// <summary>
/// A booking changed again and again (its tasks dropped, added, moved), with the board's clock
/// moving on and staff taking some tasks between the changes: the board always holds exactly the
/// last plan.
/// </summary>
public class PlanningProperties
{
    private const string Source = "booking:salle-vanves:0a1b2c3d";
    private static readonly string[] Keys = ["setup", "welcome", "cleaning"];

    /// <summary>Each byte is one step: which tasks the booking needs (bits 0-2), its start hour (bits 3-5), whether the clock moves on first (bit 6), whether someone does a waiting task first (bit 7).</summary>
    [Property(MaxTest = 300)]
    public void The_board_always_holds_exactly_the_last_plan_and_a_repeat_changes_nothing(byte[] steps)
    {
        var board = Empty;
        var events = new List<ITaskEvent>();
        var now = Ten;
        foreach (var step in steps)
        {
            if ((step & 0x40) != 0)
            {
                now = now.AddMinutes(50);
                board = Apply(board, board.Decide(new TaskCommands.EscalateDue(now)), events);
            }
            if ((step & 0x80) != 0 && board.Open.FirstOrDefault(t => t.Status != Domain.Tasks.TaskStatus.Claimed) is { } waiting)
                board = Apply(board, board.Decide(new TaskCommands.Complete(Casaco.NewCommandId(), Lea, waiting.Id, now)), events);

            var plan = PlanOf(step, now);
            board = Apply(board, board.Decide(plan), events);

            Assert.Empty(Events(board.Decide(plan)));
            HoldsExactly(board, plan);
        }
        Assert.True(TaskBoardEquality.Same(board, events.Aggregate(Empty, TaskBoardDecider.Apply)));
        Assert.Equal(board.Plans, events.Aggregate(Empty, TaskBoardDecider.Apply).Plans);
    }

    private static void HoldsExactly(TaskBoardState board, TaskCommands.Plan plan)
    {
        foreach (var key in Keys)
        {
            var slot = PlanEntry.SlotOf(Source, key);
            var wanted = plan.Tasks.FirstOrDefault(t => t.Key == key);
            var live = board.Tasks.Values.Where(t => t.Source == slot && !t.IsClosed).ToList();
            Assert.True(live.Count <= 1, $"{slot}: {live.Count} tasks waiting");
            if (wanted is null)
            {
                Assert.Empty(live);
                Assert.DoesNotContain(board.Upcoming, p => p.Slot == slot);
                continue;
            }
            var entry = board.Plans[slot];
            Assert.Equal(wanted, entry.Task);
            if (entry.Appeared)
                Assert.NotEqual(TaskHistoryEntry.Withdrawn, board.Find(entry.Id)!.History[^1].What);
            Assert.All(live, t => Assert.Equal(entry.Id, t.Id));
        }
    }

    private static TaskCommands.Plan PlanOf(byte step, DateTimeOffset now)
    {
        var start = Ten.AddHours((step >> 3) & 0x7);
        var tasks = new List<PlannedTask>();
        if ((step & 1) != 0) tasks.Add(new("setup", TaskKind.Logistics, TaskPriority.Normal, "Installer", "salle-vanves", start.AddMinutes(-45), start.AddMinutes(-15)));
        if ((step & 2) != 0) tasks.Add(new("welcome", TaskKind.Welcome, TaskPriority.High, "Accueillir", "entrance", start.AddMinutes(-15), start.AddMinutes(-5)));
        if ((step & 4) != 0) tasks.Add(new("cleaning", TaskKind.Cleaning, TaskPriority.Normal, "Ranger", "salle-vanves", start.AddHours(2), start.AddHours(3)));
        return new TaskCommands.Plan(Source, TaskOrigin.RoomBooking, tasks, now);
    }

    private static TaskBoardState Apply(TaskBoardState board, Decision<ITaskEvent, TaskEntry> decision, List<ITaskEvent> events)
    {
        var accept = Assert.IsType<Decision<ITaskEvent, TaskEntry>.Accept>(decision);
        events.AddRange(accept.Events);
        return accept.Events.Aggregate(board, TaskBoardDecider.Apply);
    }
}
