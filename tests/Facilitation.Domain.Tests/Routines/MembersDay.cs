using Facilitation.Domain.Routines;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Tests.Routines;

/// <summary>Casaco's members' day as the tests know it: the first Thursday, 10:00 for 8 hours, prepared 7 days before.</summary>
public static class MembersDay
{
    public static RoutineDefinition Routine { get; } = new(
        "journee-des-membres",
        RoutineKind.MembersDay,
        "Journée des membres",
        RoutineRule.MonthlyNth(1, DayOfWeek.Thursday, new TimeOnly(10, 0)),
        TimeSpan.FromHours(8),
        TimeSpan.FromDays(7),
        "espace-principal",
        [new RoutineShift(ShiftRole.Logistics, TimeSpan.FromHours(-1), TimeSpan.FromHours(2))],
        [
            new RoutineTask("order-food", TaskKind.Logistics, "Commander à manger", TimeSpan.FromDays(-7), TimeSpan.FromDays(-3)),
            new RoutineTask("welcome", TaskKind.Welcome, "Accueillir les membres", TimeSpan.FromMinutes(-15), TimeSpan.FromMinutes(15)),
        ]);
}
