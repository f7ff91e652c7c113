using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Tests.Tasks;

public class RequestCategoriesTests
{
    [Theory]
    [InlineData(RequestCategory.Printer, TaskKind.Logistics, TaskPriority.Normal)]
    [InlineData(RequestCategory.Supplies, TaskKind.Logistics, TaskPriority.Normal)]
    [InlineData(RequestCategory.RoomProblem, TaskKind.Logistics, TaskPriority.Normal)]
    [InlineData(RequestCategory.Cleaning, TaskKind.Cleaning, TaskPriority.Normal)]
    [InlineData(RequestCategory.VisitorArrived, TaskKind.Welcome, TaskPriority.High)]
    [InlineData(RequestCategory.Other, TaskKind.Welcome, TaskPriority.Normal)]
    public void Each_request_category_becomes_a_task_of_its_kind_and_priority(RequestCategory category, TaskKind kind, TaskPriority priority)
    {
        Assert.Equal((kind, priority), RequestCategories.TaskFor(category));
    }

    [Fact]
    public void Every_request_category_has_a_task()
    {
        Assert.All(Enum.GetValues<RequestCategory>(), c => RequestCategories.TaskFor(c));
    }

    [Fact]
    public void An_unknown_request_category_is_an_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RequestCategories.TaskFor((RequestCategory)99));
    }

    [Fact]
    public void A_visitor_arrived_request_raised_at_the_kiosk_is_due_ten_minutes_later()
    {
        var (kind, priority) = RequestCategories.TaskFor(RequestCategory.VisitorArrived);
        var raise = TaskBoards.Raise(kind, priority, title: "Mon invité est arrivé", requestedBy: "Karim");

        var raised = TaskBoards.OnlyEvent<TaskEvents.Raised>(TaskBoards.Empty.Decide(raise));

        Assert.Equal(TaskBoards.Ten.AddMinutes(10), raised.DueAt);
    }
}
