using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tests.Model;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Ledger;

public class WeekCopyTests
{
    private static WeekLedgerState Week(IsoWeek week, params (ShiftRole Role, DateTimeOffset From, double Hours, ShiftStatus Status)[] shifts) =>
        shifts.SelectMany(s =>
        {
            var id = ShiftId.New(week);
            var events = new List<ILedgerEvent>
            {
                new LedgerEvents.ShiftPublished(Casaco.NewCommandId(), id, s.Role, s.From, s.From.AddHours(s.Hours), new PersonId("aurelien"), $"p:{id}"),
            };
            if (s.Status != ShiftStatus.Published) events.Add(new LedgerEvents.ShiftReported(id, s.Status, new PersonId("lea"), null, null, 3));
            return events;
        }).Aggregate(WeekLedgerState.Empty(Casaco.Id, week), WeekLedgerDecider.Apply);

    [Fact]
    public void Every_live_shift_comes_back_a_week_later_at_the_same_local_time_across_the_change_to_summer_time()
    {
        // Week 13 of 2026 ends on Sunday 29 March, when Paris moves to summer time.
        var source = Week(new IsoWeek(2026, 13),
            (ShiftRole.Welcome, Casaco.At(2026, 3, 23, 9), 4, ShiftStatus.Claimed),
            (ShiftRole.Logistics, Casaco.At(2026, 3, 24, 14), 3, ShiftStatus.Published),
            (ShiftRole.Cleaning, Casaco.At(2026, 3, 25, 18), 2, ShiftStatus.Cancelled));

        var plan = WeekCopy.Plan(source, WeekLedgerState.Empty(Casaco.Id, new IsoWeek(2026, 14)), Casaco.Calendar);

        Assert.Equal(
            [
                new WeekCopy.Slot(ShiftRole.Welcome, new TimeRange(Casaco.At(2026, 3, 30, 9), Casaco.At(2026, 3, 30, 13))),
                new WeekCopy.Slot(ShiftRole.Logistics, new TimeRange(Casaco.At(2026, 3, 31, 14), Casaco.At(2026, 3, 31, 17))),
            ],
            plan);
        // Seven days of 24 hours would have put it at 10:00 summer time: the week was an hour shorter.
        var before = source.Live.First(s => s.Role == ShiftRole.Welcome).Planned.Start;
        Assert.Equal(before.AddDays(7).AddHours(-1), plan[0].Range.Start);
    }

    [Fact]
    public void A_slot_the_target_week_already_has_is_not_copied_again()
    {
        var source = Week(new IsoWeek(2026, 48), (ShiftRole.Welcome, Casaco.At(2026, 11, 23, 9), 4, ShiftStatus.Published));
        var target = Week(new IsoWeek(2026, 49), (ShiftRole.Welcome, Casaco.At(2026, 11, 30, 9), 4, ShiftStatus.Published));

        Assert.Empty(WeekCopy.Plan(source, target, Casaco.Calendar));
    }
}
