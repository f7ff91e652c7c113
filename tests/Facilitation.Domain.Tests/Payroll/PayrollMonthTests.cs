using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Payroll;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tests.Model;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Payroll;

public class PayrollMonthTests
{
    private static readonly PersonId Lea = new("lea");
    private static readonly PersonId Samir = new("samir");
    private static readonly PersonId Gone = new("gone");
    private static readonly DateOnly November = new(2026, 11, 1);

    private static readonly IReadOnlyList<StaffMember> Staff =
    [
        Casaco.Member("samir", 20),
        Casaco.Member("lea", 35),
    ];

    /// <summary>The week ledgers holding these shifts, as the week actors would have recorded them.</summary>
    private static IEnumerable<WeekLedgerState> Ledgers(params (PersonId Who, DateTimeOffset From, DateTimeOffset To, ShiftStatus Status)[] shifts) =>
        shifts.GroupBy(s => Casaco.Calendar.WeekOf(s.From)).Select(week =>
            week.SelectMany(s =>
            {
                var id = ShiftId.New(week.Key);
                ILedgerEvent[] events =
                [
                    new LedgerEvents.ShiftPublished(Casaco.NewCommandId(), id, ShiftRole.Welcome, s.From, s.To, new PersonId("aurelien"), $"p:{id}"),
                    new LedgerEvents.HoursReserved(id, s.Who),
                    new LedgerEvents.ShiftReported(id, s.Status, s.Who,
                        s.Status == ShiftStatus.Ended ? s.From : null, s.Status == ShiftStatus.Ended ? s.To : null, 4),
                ];
                return events;
            }).Aggregate(WeekLedgerState.Empty(Casaco.Id, week.Key), WeekLedgerDecider.Apply));

    [Fact]
    public void The_weeks_of_a_month_are_those_holding_one_of_its_days()
    {
        Assert.Equal(
            ["2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"],
            PayrollMonth.Weeks(November).Select(w => w.ToString()));
        Assert.Equal("2026-W53", PayrollMonth.Weeks(new DateOnly(2026, 12, 1))[^1].ToString());
    }

    [Fact]
    public void Worked_hours_are_summed_per_person_and_everyone_on_the_staff_has_a_row()
    {
        var rows = PayrollMonth.Rows(November, Casaco.Calendar, Ledgers(
            (Lea, Casaco.At(2026, 11, 2, 9), Casaco.At(2026, 11, 2, 13), ShiftStatus.Ended),
            (Lea, Casaco.At(2026, 11, 17, 14), Casaco.At(2026, 11, 17, 19, 30), ShiftStatus.Ended),
            (Lea, Casaco.At(2026, 11, 18, 9), Casaco.At(2026, 11, 18, 12), ShiftStatus.Claimed)), Staff);

        Assert.Equal(["lea", "samir"], rows.Select(r => r.Person.Value));
        Assert.Equal((2, TimeSpan.FromHours(9.5), TimeSpan.FromHours(35)), (rows[0].Shifts, rows[0].Worked, rows[0].ContractWeekly));
        Assert.Equal((0, TimeSpan.Zero), (rows[1].Shifts, rows[1].Worked));
    }

    [Fact]
    public void A_night_across_the_end_of_the_month_is_split_between_the_two_months()
    {
        var ledgers = Ledgers((Lea, Casaco.At(2026, 11, 30, 22), Casaco.At(2026, 12, 1, 1), ShiftStatus.Ended)).ToList();

        var november = PayrollMonth.Rows(November, Casaco.Calendar, ledgers, Staff).Single(r => r.Person == Lea);
        var december = PayrollMonth.Rows(new DateOnly(2026, 12, 1), Casaco.Calendar, ledgers, Staff).Single(r => r.Person == Lea);

        Assert.Equal((1, TimeSpan.FromHours(2)), (november.Shifts, november.Worked));
        Assert.Equal((0, TimeSpan.FromHours(1)), (december.Shifts, december.Worked));
    }

    [Fact]
    public void The_night_clocks_go_back_counts_the_hour_really_worked()
    {
        // 25 October 2026: 03:00 in Paris happens twice; 00:00 to 06:00 local is 7 hours of work.
        var rows = PayrollMonth.Rows(new DateOnly(2026, 10, 1), Casaco.Calendar,
            Ledgers((Samir, Casaco.At(2026, 10, 25, 0), Casaco.At(2026, 10, 25, 6), ShiftStatus.Ended)), Staff);

        Assert.Equal(TimeSpan.FromHours(7), rows.Single(r => r.Person == Samir).Worked);
    }

    [Fact]
    public void No_shows_are_counted_not_paid_and_someone_who_left_the_staff_still_gets_their_hours()
    {
        var rows = PayrollMonth.Rows(November, Casaco.Calendar, Ledgers(
            (Samir, Casaco.At(2026, 11, 3, 9), Casaco.At(2026, 11, 3, 13), ShiftStatus.NoShow),
            (Gone, Casaco.At(2026, 11, 4, 9), Casaco.At(2026, 11, 4, 12), ShiftStatus.Ended)), Staff);

        Assert.Equal((0, TimeSpan.Zero, 1), (rows[1].Shifts, rows[1].Worked, rows[1].NoShows));
        Assert.Equal(("gone", "gone", TimeSpan.FromHours(3)), (rows[2].Person.Value, rows[2].Name, rows[2].Worked));
    }
}
