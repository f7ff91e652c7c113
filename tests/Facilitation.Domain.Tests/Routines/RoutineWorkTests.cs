using Facilitation.Domain.Routines;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Routines;

public class RoutineWorkTests
{
    private static readonly RoutineOccurrence March = RoutineSchedule.On(MembersDay.Routine, Casaco.Calendar, new DateOnly(2026, 3, 5));

    [Fact]
    public void A_round_books_its_room_for_its_hours_and_places_its_shifts_around_its_start()
    {
        var work = RoutineWork.For(MembersDay.Routine, March, "Espace principal");

        Assert.Equal(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(1)), work.Booking!.Value.Start);
        Assert.Equal(TimeSpan.FromHours(8), work.Booking!.Value.Duration);
        var (role, range) = Assert.Single(work.Shifts);
        Assert.Equal(ShiftRole.Logistics, role);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(1)), range.Start);
    }

    [Fact]
    public void A_task_never_appears_before_the_preparation_and_a_welcome_is_of_high_priority()
    {
        var early = MembersDay.Routine with
        {
            Tasks = [new RoutineTask("too-early", TaskKind.Logistics, "Trop tôt", TimeSpan.FromDays(-30), TimeSpan.FromDays(-40)), .. MembersDay.Routine.Tasks],
        };

        var tasks = RoutineWork.For(early, March, "Espace principal").Tasks;

        Assert.All(tasks, t => Assert.True(t.AppearsAt >= March.PrepareAt && t.DueAt >= t.AppearsAt));
        Assert.Equal(TaskPriority.High, tasks.Single(t => t.Key == "welcome").Priority);
        Assert.Equal("Espace principal", tasks[0].Place);
    }

    [Fact]
    public void Events_catch_up_after_downtime_and_rounds_do_not()
    {
        Assert.True(MembersDay.Routine.CatchUpWhenMissed);
        Assert.True((MembersDay.Routine with { Kind = RoutineKind.FoodDistribution }).CatchUpWhenMissed);
        Assert.False((MembersDay.Routine with { Kind = RoutineKind.OpeningRound }).CatchUpWhenMissed);
        Assert.False((MembersDay.Routine with { Kind = RoutineKind.CleaningRound }).CatchUpWhenMissed);
    }
}
