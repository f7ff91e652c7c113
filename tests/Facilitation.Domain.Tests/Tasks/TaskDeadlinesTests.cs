using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Tests.Tasks;

public class TaskDeadlinesTests
{
    [Theory]
    [InlineData(TaskKind.Welcome, TaskPriority.Normal, 15)]
    [InlineData(TaskKind.Welcome, TaskPriority.High, 10)]
    [InlineData(TaskKind.Welcome, TaskPriority.Urgent, 5)]
    [InlineData(TaskKind.Logistics, TaskPriority.Normal, 30)]
    [InlineData(TaskKind.Logistics, TaskPriority.High, 15)]
    [InlineData(TaskKind.Logistics, TaskPriority.Urgent, 5)]
    [InlineData(TaskKind.Cleaning, TaskPriority.Normal, 60)]
    [InlineData(TaskKind.Cleaning, TaskPriority.High, 30)]
    [InlineData(TaskKind.Cleaning, TaskPriority.Urgent, 10)]
    public void The_default_deadline_depends_on_kind_and_priority(TaskKind kind, TaskPriority priority, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), new TaskDeadlines().For(kind, priority));
    }

    [Theory]
    [InlineData(TaskKind.Welcome, TaskPriority.Normal, 15)]
    [InlineData(TaskKind.Welcome, TaskPriority.High, 10)]
    [InlineData(TaskKind.Logistics, TaskPriority.Urgent, 5)]
    [InlineData(TaskKind.Cleaning, TaskPriority.Normal, 60)]
    [InlineData(TaskKind.Cleaning, TaskPriority.High, 30)]
    public void A_raised_task_is_due_its_deadline_after_it_was_raised(TaskKind kind, TaskPriority priority, int minutes)
    {
        var (board, task) = TaskBoards.With(TaskBoards.Raise(kind, priority));

        Assert.Equal(TaskBoards.Ten.AddMinutes(minutes), board.Find(task)!.DueAt);
    }

    [Fact]
    public void A_site_may_set_its_own_deadline_for_one_kind_and_priority_and_keep_the_others()
    {
        var deadlines = new TaskDeadlines { WelcomeHigh = TimeSpan.FromMinutes(3) };
        var raise = TaskBoards.Raise(TaskKind.Welcome, TaskPriority.High);

        var decision = TaskBoardDecider.Decide(TaskBoards.Empty, raise, deadlines);

        Assert.Equal(TaskBoards.Ten.AddMinutes(3), TaskBoards.OnlyEvent<TaskEvents.Raised>(decision).DueAt);
        Assert.Equal(TimeSpan.FromMinutes(15), deadlines.For(TaskKind.Welcome, TaskPriority.Normal));
    }

    [Fact]
    public void Every_kind_and_priority_has_a_deadline()
    {
        var deadlines = new TaskDeadlines();

        foreach (var kind in Enum.GetValues<TaskKind>())
            foreach (var priority in Enum.GetValues<TaskPriority>())
                Assert.True(deadlines.For(kind, priority) > TimeSpan.Zero, $"{kind}/{priority}");
    }

    [Fact]
    public void The_more_urgent_a_task_the_shorter_its_deadline()
    {
        var deadlines = new TaskDeadlines();

        foreach (var kind in Enum.GetValues<TaskKind>())
        {
            Assert.True(deadlines.For(kind, TaskPriority.High) < deadlines.For(kind, TaskPriority.Normal), $"{kind}");
            Assert.True(deadlines.For(kind, TaskPriority.Urgent) < deadlines.For(kind, TaskPriority.High), $"{kind}");
        }
    }
}
