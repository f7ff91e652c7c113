using Facilitation.Domain.Members;
using static Facilitation.Domain.Tests.Members.Building;

namespace Facilitation.Domain.Tests.Members;

/// <summary>What one check-in uses of a pass, at the edges of the rule (see <see cref="PassUse"/>).</summary>
public class PassUseTests
{
    private static readonly DateOnly ValidFor30Days = Friday.AddDays(30);

    private static PassCharge Charge(int hour, int minute = 0, int units = 30, bool morningOnly = false, DayCharge? charged = null,
        DateOnly? lastDay = null, PlanKind plan = PlanKind.Pass, DateOnly? day = null) =>
        PassUse.Charge(plan, units, lastDay ?? ValidFor30Days, charged, day ?? Friday, new TimeOnly(hour, minute), FridayHours, morningOnly);

    [Fact]
    public void A_check_in_at_12_59_uses_a_full_day()
    {
        Assert.Equal(PassCharge.Use(3, DayCover.Full), Charge(12, 59));
    }

    [Fact]
    public void A_check_in_at_13_00_uses_an_afternoon_half_day()
    {
        Assert.Equal(PassCharge.Use(2, DayCover.Afternoon), Charge(13, 0));
    }

    [Fact]
    public void A_member_asking_for_the_morning_only_uses_a_morning_half_day()
    {
        Assert.Equal(PassCharge.Use(2, DayCover.Morning), Charge(9, 0, morningOnly: true));
    }

    [Fact]
    public void With_only_2_units_left_a_morning_check_in_uses_a_morning_half_day()
    {
        Assert.Equal(PassCharge.Use(2, DayCover.Morning), Charge(10, 0, units: 2));
    }

    [Fact]
    public void With_only_1_unit_left_the_pass_is_exhausted()
    {
        Assert.Equal(MemberRejectionCodes.PassExhausted, Charge(10, 0, units: 1).Refused);
        Assert.Equal(MemberRejectionCodes.PassExhausted, Charge(14, 0, units: 1).Refused);
    }

    [Fact]
    public void With_0_units_left_the_pass_is_exhausted()
    {
        Assert.Equal(MemberRejectionCodes.PassExhausted, Charge(10, 0, units: 0).Refused);
    }

    [Fact]
    public void An_afternoon_check_in_after_a_morning_half_day_uses_1_more_unit_and_makes_a_full_day()
    {
        var morning = new DayCharge(Friday, DayCover.Morning, 2);

        Assert.Equal(PassCharge.Use(1, DayCover.Full), Charge(14, 0, units: 28, charged: morning));
        Assert.Equal(MemberRejectionCodes.PassExhausted, Charge(14, 0, units: 0, charged: morning).Refused);
    }

    [Fact]
    public void A_second_morning_check_in_after_a_morning_half_day_uses_nothing()
    {
        Assert.Equal(PassCharge.Use(0, DayCover.Morning), Charge(11, 0, charged: new DayCharge(Friday, DayCover.Morning, 2)));
    }

    [Fact]
    public void A_second_check_in_after_a_full_day_or_an_afternoon_uses_nothing_even_with_no_units_left()
    {
        Assert.Equal(PassCharge.Use(0, DayCover.Full), Charge(17, 0, units: 0, charged: new DayCharge(Friday, DayCover.Full, 3)));
        Assert.Equal(PassCharge.Use(0, DayCover.Afternoon), Charge(18, 0, units: 0, charged: new DayCharge(Friday, DayCover.Afternoon, 2)));
    }

    [Fact]
    public void Yesterdays_charge_does_not_count_today()
    {
        Assert.Equal(PassCharge.Use(3, DayCover.Full), Charge(9, 30, charged: new DayCharge(Friday.AddDays(-1), DayCover.Full, 3)));
    }

    [Fact]
    public void At_closing_time_sharp_and_after_it_the_site_is_closed()
    {
        Assert.Equal(PassCharge.Use(2, DayCover.Afternoon), Charge(18, 59));
        Assert.Equal(MemberRejectionCodes.SiteClosed, Charge(19, 0).Refused);
        Assert.Equal(MemberRejectionCodes.SiteClosed, Charge(8, 59).Refused);
    }

    [Fact]
    public void A_closed_day_is_closed_whatever_the_time()
    {
        Assert.Equal(MemberRejectionCodes.SiteClosed,
            PassUse.Charge(PlanKind.Pass, 30, ValidFor30Days, null, Friday.AddDays(1), new TimeOnly(11, 0), null, false).Refused);
    }

    [Fact]
    public void The_pass_is_valid_through_its_last_day_and_expired_the_next_day()
    {
        Assert.Equal(PassCharge.Use(2, DayCover.Afternoon), Charge(18, 30, lastDay: Friday));
        Assert.Equal(MemberRejectionCodes.PassExpired, Charge(9, 0, lastDay: Friday.AddDays(-1)).Refused);
    }

    [Fact]
    public void Residents_and_nomads_use_nothing_and_no_plan_is_refused()
    {
        Assert.Equal(PassCharge.Use(0, null), Charge(10, 0, units: 0, lastDay: null, plan: PlanKind.Resident));
        Assert.Equal(PassCharge.Use(0, null), Charge(15, 0, units: 0, plan: PlanKind.Nomad));
        Assert.Equal(MemberRejectionCodes.NoPlan, Charge(10, 0, plan: PlanKind.None).Refused);
    }

    [Fact]
    public void A_pass_is_10_days_or_15_half_days()
    {
        Assert.Equal(10, PassUse.UnitsPerPass / PassUse.FullDay);
        Assert.Equal(15, PassUse.UnitsPerPass / PassUse.HalfDay);
    }
}
