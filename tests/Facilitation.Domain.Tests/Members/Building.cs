using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Members;

/// <summary>
/// Casaco's building for the member, desk and presence rules: open Monday to Friday 09:00–19:00
/// (Tuesday until 22:00), a nomad desk and a resident desk on the 1st floor. Friday 27 November 2026
/// is an ordinary open day.
/// </summary>
public static class Building
{
    public static readonly DateOnly Friday = new(2026, 11, 27);

    public static readonly OpeningHours FridayHours = new(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(19, 0));

    public static readonly Desk Nomad = new("poste-01", 1, DeskKind.Nomad, "Open space du 1er");

    public static readonly Desk Resident = new("poste-17", 1, DeskKind.Resident, "Bureau Jean-Jaurès");

    public static readonly PersonId Jeanne = new("jeanne");

    public static readonly PersonId Malik = new("malik");

    public static Site Site(int capacity = 100) => new(
        Casaco.Id, "Casaco", "Malakoff", Casaco.Paris, capacity, new LabourRules(), [], [Nomad, Resident],
        [
            new(DayOfWeek.Monday, new(9, 0), new(19, 0)),
            new(DayOfWeek.Tuesday, new(9, 0), new(22, 0)),
            new(DayOfWeek.Wednesday, new(9, 0), new(19, 0)),
            new(DayOfWeek.Thursday, new(9, 0), new(19, 0)),
            FridayHours,
        ],
        []);

    /// <summary>A Paris wall-clock time on a day counted from <see cref="Friday"/>.</summary>
    public static DateTimeOffset At(int hour, int minute = 0, int days = 0) =>
        Casaco.Calendar.FromLocal(Friday.AddDays(days).ToDateTime(new TimeOnly(hour, minute)));

    public static MembershipState With(params IMemberEvent[] events) =>
        events.Aggregate(MembershipState.Empty(Casaco.Id), MembershipDecider.Apply);

    public static MemberEvents.Enrolled Enrolled(PersonId member, PlanKind plan) => new(Casaco.NewCommandId(), member, member.Value, plan, At(9));

    /// <summary>A pass sold with <paramref name="units"/> on it, valid through <paramref name="lastDay"/>.</summary>
    public static MemberEvents.PassSold Pass(PersonId member, int units, DateOnly lastDay) => new(Casaco.NewCommandId(), member, units, lastDay, At(9));
}
