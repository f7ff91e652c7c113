using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tests.Model;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Ledger;

public class WeekWarningsTests
{
    private static readonly IsoWeek W49 = new(2026, 49);
    private static readonly StaffMember Lea = Casaco.Member("lea", 20);

    /// <summary>Shifts held by Léa; a worked range, when given, is what was recorded after the fact.</summary>
    private static WeekLedgerState Week(params (DateTimeOffset From, double Hours, DateTimeOffset? WorkedFrom, double? WorkedHours)[] shifts) =>
        shifts.SelectMany(s =>
        {
            var id = ShiftId.New(W49);
            var events = new List<ILedgerEvent>
            {
                new LedgerEvents.ShiftPublished(Casaco.NewCommandId(), id, ShiftRole.Welcome, s.From, s.From.AddHours(s.Hours), new PersonId("aurelien"), $"p:{id}"),
                new LedgerEvents.HoursReserved(id, Lea.Id),
            };
            if (s.WorkedFrom is { } w)
                events.Add(new LedgerEvents.ShiftReported(id, ShiftStatus.Ended, Lea.Id, w, w.AddHours(s.WorkedHours!.Value), 4));
            return events;
        }).Aggregate(WeekLedgerState.Empty(Casaco.Id, W49), WeekLedgerDecider.Apply);

    private static readonly DateTimeOffset Monday = Casaco.At(2026, 11, 30, 9);

    [Fact]
    public void A_week_claimed_within_the_rules_has_no_warning()
    {
        var week = Week((Monday, 4, null, null), (Monday.AddDays(1), 4, null, null));

        Assert.Empty(WeekWarnings.For(week, Lea, new LabourRules(), Casaco.Calendar));
    }

    [Fact]
    public void A_late_finish_recorded_afterwards_that_passes_the_days_limit_is_a_warning_with_its_figures()
    {
        // 09:00-17:00 planned, worked until 20:30: 11 h 30 in a day.
        var week = Week((Monday, 8, Monday, 11.5));

        var warning = Assert.Single(WeekWarnings.For(week, Lea, new LabourRules(), Casaco.Calendar));

        Assert.Equal((RejectionCodes.DailyWork, TimeSpan.FromHours(11.5), TimeSpan.FromHours(10)), (warning.Code, warning.Would, warning.Limit));
        Assert.Equal(Lea.Id, warning.Holder);
    }

    [Fact]
    public void A_late_evening_then_an_early_morning_breaks_the_daily_rest_and_paid_hours_can_pass_the_contract()
    {
        var week = Week(
            (Monday, 8, Monday, 13), // until 22:00
            (Monday.AddDays(1).AddHours(-2), 8, null, null)); // Tuesday 07:00

        var codes = WeekWarnings.For(week, Lea, new LabourRules(), Casaco.Calendar).Select(w => w.Code).ToList();

        Assert.Contains(RejectionCodes.DailyRest, codes);
        Assert.Contains(RejectionCodes.ContractExceeded, codes); // 13 + 8 = 21 h of a 20-hour contract
    }
}
