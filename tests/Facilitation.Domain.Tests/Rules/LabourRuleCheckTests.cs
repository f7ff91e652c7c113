using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rules;
using Facilitation.Domain.Time;
using static Facilitation.Domain.Tests.Model.Casaco;

namespace Facilitation.Domain.Tests.Rules;

public class LabourRuleCheckTests
{
    private static readonly IsoWeek Week49 = IsoWeek.Parse("2026-W49");
    private static readonly TimeSpan FullTimeContract = TimeSpan.FromHours(35);

    /// <summary>A held shift on a December day of week 49 (1 to 6 December 2026), Paris time.</summary>
    private static (ShiftId Id, TimeRange Work) Held(int day, int hour, double hours, int minute = 0) =>
        (ShiftId.New(Week49), Range(At(2026, 12, day, hour, minute), hours));

    private static TimeRange Candidate(int day, int hour, double hours, int minute = 0) => Range(At(2026, 12, day, hour, minute), hours);

    private static Rejection? Check(TimeRange candidate, params (ShiftId Id, TimeRange Work)[] held) =>
        LabourRuleCheck.Check(SiteRules, Calendar, FullTimeContract, held, candidate);

    private static Rejection? CheckWithContract(double contractHours, TimeRange candidate, params (ShiftId Id, TimeRange Work)[] held) =>
        LabourRuleCheck.Check(SiteRules, Calendar, TimeSpan.FromHours(contractHours), held, candidate);

    [Fact]
    public void A_first_shift_of_the_week_fits()
    {
        Assert.Null(Check(Candidate(1, 9, 10)));
    }

    [Fact]
    public void A_shift_overlapping_a_held_shift_is_refused_naming_it()
    {
        var morning = Held(1, 9, 4);

        var why = Check(Candidate(1, 12, 3), morning);

        Assert.NotNull(why);
        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.Overlap, why.Code);
        Assert.Equal(morning.Id, why.Other);
    }

    [Fact]
    public void A_shift_starting_when_the_held_one_ends_does_not_overlap_it()
    {
        Assert.Null(Check(Candidate(1, 13, 3), Held(1, 9, 4)));
    }

    [Fact]
    public void Two_shifts_of_6_h_and_5_h_on_one_day_are_refused_for_11_h_of_10()
    {
        var why = Check(Candidate(1, 16, 5), Held(1, 9, 6));

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.DailyWork, why.Code);
        Assert.Equal(TimeSpan.FromHours(11), why.Would);
        Assert.Equal(TimeSpan.FromHours(10), why.Limit);
        Assert.Equal(new DateOnly(2026, 12, 1), why.Day);
    }

    [Fact]
    public void Exactly_10_h_on_one_day_is_allowed()
    {
        Assert.Null(Check(Candidate(1, 16, 4), Held(1, 9, 6)));
    }

    [Fact]
    public void A_night_shift_counts_its_hours_on_each_local_day_it_touches()
    {
        // Tuesday 14:00–22:00 (8 h), then Tuesday 22:00–Wednesday 03:00: 2 h on Tuesday, 3 h on Wednesday.
        Assert.Null(Check(Candidate(1, 22, 5), Held(1, 14, 8)));
    }

    [Fact]
    public void Hours_before_midnight_count_on_the_day_they_are_worked()
    {
        // Tuesday 12:00–20:00 (8 h), then Tuesday 21:00–midnight: 11 h on Tuesday.
        var why = Check(Candidate(1, 21, 3), Held(1, 12, 8));

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.DailyWork, why.Code);
        Assert.Equal(TimeSpan.FromHours(11), why.Would);
        Assert.Equal(new DateOnly(2026, 12, 1), why.Day);
    }

    [Fact]
    public void A_split_day_9_to_12_then_14_to_18_is_accepted()
    {
        Assert.Null(Check(Candidate(1, 14, 4), Held(1, 9, 3)));
    }

    [Fact]
    public void An_evening_18_to_22_then_7_to_10_the_next_morning_breaks_the_daily_rest()
    {
        var evening = Held(1, 18, 4);

        var why = Check(Candidate(2, 7, 3), evening);

        Assert.NotNull(why);
        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.DailyRest, why.Code);
        Assert.Equal(TimeSpan.FromHours(11), why.Limit);
        Assert.Equal(evening.Id, why.Other);
        Assert.True(why.Would < TimeSpan.FromHours(11));
    }

    [Fact]
    public void The_daily_rest_is_checked_when_the_new_shift_comes_before_the_held_one()
    {
        var morning = Held(2, 7, 3);

        var why = Check(Candidate(1, 18, 4), morning);

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.DailyRest, why.Code);
        Assert.Equal(morning.Id, why.Other);
    }

    [Fact]
    public void An_evening_18_to_22_then_9_to_13_the_next_day_leaves_exactly_11_h_of_rest()
    {
        Assert.Null(Check(Candidate(2, 9, 4), Held(1, 18, 4)));
    }

    [Fact]
    public void A_quarter_of_an_hour_short_of_11_h_of_rest_is_refused()
    {
        var why = Check(Candidate(2, 8, 4, minute: 45), Held(1, 18, 4));

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.DailyRest, why.Code);
    }

    [Fact]
    public void Short_shifts_with_short_breaks_cannot_stretch_a_working_day_past_13_h()
    {
        // 08–10, 14–16 and 20–22: each break is short, so they are one working day of 14 h.
        var why = Check(Candidate(1, 20, 2), Held(1, 8, 2), Held(1, 14, 2));

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.DailyRest, why.Code);
        Assert.Null(Check(Candidate(1, 19, 2), Held(1, 8, 2), Held(1, 14, 2)));
    }

    [Fact]
    public void A_shift_before_two_held_ones_joins_them_into_one_working_day()
    {
        // 08–09, then 12–19 and 21–23 already held: 12 h separate 09:00 from 21:00, but the breaks
        // between the shifts are 3 h and 2 h, so the working day runs 08:00–23:00.
        var why = Check(Candidate(1, 8, 1), Held(1, 12, 7), Held(1, 21, 2));

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.DailyRest, why.Code);
    }

    [Fact]
    public void A_shift_that_joins_two_working_days_into_one_is_refused()
    {
        // Tuesday 08–12 and Wednesday 06–09 are 18 h apart; a Tuesday 21–23 shift leaves neither rest.
        var why = Check(Candidate(1, 21, 2), Held(1, 8, 4), Held(2, 6, 3));

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.DailyRest, why.Code);
    }

    [Fact]
    public void Daily_rest_counts_real_hours_across_the_autumn_clock_change()
    {
        // Saturday 24 October 2026 18:00–22:00, then Sunday 08:00: 11 real hours, 10 on the wall clock.
        var saturdayEvening = (ShiftId.New(IsoWeek.Parse("2026-W43")), Range(At(2026, 10, 24, 18), 4));

        Assert.Null(LabourRuleCheck.Check(SiteRules, Calendar, FullTimeContract, [saturdayEvening], Range(At(2026, 10, 25, 8), 3)));
        Assert.Equal(RejectionCodes.DailyRest, LabourRuleCheck.Check(SiteRules, Calendar, FullTimeContract, [saturdayEvening], Range(At(2026, 10, 25, 7, 45), 3))?.Code);
    }

    [Fact]
    public void A_week_over_48_h_is_refused_whatever_the_contract()
    {
        // Monday 30 November to Friday 4 December, 09:00–18:00, is 45 h; 4 h on Saturday makes 49 h.
        var held = new[] { At(2026, 11, 30, 9), At(2026, 12, 1, 9), At(2026, 12, 2, 9), At(2026, 12, 3, 9), At(2026, 12, 4, 9) }
            .Select(start => (ShiftId.New(Week49), Range(start, 9)))
            .ToArray();

        var why = CheckWithContract(60, Candidate(5, 9, 4), held);

        Assert.NotNull(why);
        Assert.Equal(RejectionCodes.WeeklyWork, why.Code);
        Assert.Equal(TimeSpan.FromHours(49), why.Would);
        Assert.Equal(TimeSpan.FromHours(48), why.Limit);
        Assert.Null(CheckWithContract(60, Candidate(5, 9, 3), held));
    }

    [Fact]
    public void A_contract_of_20_h_refuses_a_third_shift_of_7_h_for_21_h_of_20()
    {
        var why = CheckWithContract(20, Candidate(3, 9, 7), Held(1, 9, 7), Held(2, 9, 7));

        Assert.NotNull(why);
        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.ContractExceeded, why.Code);
        Assert.Equal(TimeSpan.FromHours(21), why.Would);
        Assert.Equal(TimeSpan.FromHours(20), why.Limit);
    }

    [Fact]
    public void A_contract_is_filled_exactly_to_its_maximum()
    {
        Assert.Null(CheckWithContract(20, Candidate(3, 9, 6), Held(1, 9, 7), Held(2, 9, 7)));
    }

    [Fact]
    public void The_first_rule_broken_is_the_one_reported()
    {
        // Overlapping and over the day and over the contract: the overlap is named.
        var why = CheckWithContract(10, Candidate(1, 12, 8), Held(1, 9, 6));

        Assert.Equal(RejectionCodes.Overlap, why?.Code);
    }
}
