using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Properties;

/// <summary>
/// Random weeks at Casaco, played through both deciders the way the actors play them (see
/// <see cref="WeekModel"/>, which lists what is checked after every step).
/// The budget is checked two ways on purpose: published hours never exceed 85 h in any week; what
/// the week spends (planned hours, or hours worked where more) may exceed 85 h only by hours worked
/// past a shift's planned end, which nobody can refuse after the fact. Likewise each person's limits
/// hold over their whole week only while people keep to planned times; with early starts and late
/// finishes, what is checked is that every claim was decided right against the week as it then was.
/// </summary>
public class WeekRuleProperties
{
    [Property(MaxTest = 200, Arbitrary = [typeof(WeekScripts)])]
    public void When_everyone_keeps_to_planned_times_no_step_breaks_the_budget_a_persons_limits_or_the_ledgers_mirror(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.OnTime);

        Assert.True(model.Broken.Count == 0, model.Explain());
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(WeekScripts)])]
    public void When_people_start_early_and_finish_late_the_week_overspends_only_by_the_hours_worked_late(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.RealLife);

        Assert.True(model.Broken.Count == 0, model.Explain());
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(LateFinishWeeks)])]
    public void A_full_week_whose_shifts_finish_late_spends_past_its_budget_only_the_hours_worked_late(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.RealLife);

        Assert.True(model.Broken.Count == 0, model.Explain());
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(DayShiftWeeks)])]
    public void A_co_manager_claiming_a_day_shift_every_day_is_stopped_at_48_h_and_no_rule_breaks(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.OnTime);

        Assert.True(model.Broken.Count == 0, model.Explain());
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(TwoLongDaysWeeks)])]
    public void A_person_claiming_short_shifts_around_the_clock_keeps_the_daily_rest_and_no_more_than_10_h_a_day(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.OnTime);

        Assert.True(model.Broken.Count == 0, model.Explain());
    }

    /// <summary>
    /// The properties above prove little if the generated weeks never reach the limits: this plays
    /// a fixed sample of each kind of week (fixed seeds, so the test cannot flicker) and checks that
    /// every rule refused something.
    /// </summary>
    [Fact]
    public void Generated_weeks_reach_every_limit_the_ledger_enforces()
    {
        const int size = 50;
        var models = Gen.Sample(WeekScripts.Script, size, new Rnd(2026), 100).Select(s => WeekModel.Play(s, WorkTiming.RealLife))
            .Concat(Gen.Sample(WeekScripts.SamirWorksEveryDay, size, new Rnd(4849), 100).Select(s => WeekModel.Play(s, WorkTiming.OnTime)))
            .Concat(Gen.Sample(WeekScripts.SamirWorksTwoLongDays, size, new Rnd(1110), 50).Select(s => WeekModel.Play(s, WorkTiming.OnTime)))
            .Concat(Gen.Sample(WeekScripts.FullWeekFinishingLate, size, new Rnd(8530), 50).Select(s => WeekModel.Play(s, WorkTiming.RealLife)))
            .ToList();
        var refusals = models.SelectMany(m => m.Refusals).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        foreach (var model in models) Assert.True(model.Broken.Count == 0, model.Explain());
        Assert.True(models.Sum(m => m.ClaimsReserved) > 500, $"only {models.Sum(m => m.ClaimsReserved)} claims were reserved");
        Assert.True(models.Count(m => m.MostOverBudget > TimeSpan.Zero) > 10, $"only {models.Count(m => m.MostOverBudget > TimeSpan.Zero)} weeks spent more than their budget through late finishes");
        Assert.All(
            new[]
            {
                RejectionCodes.WeekOverBudget, RejectionCodes.Overlap, RejectionCodes.DailyWork, RejectionCodes.DailyRest,
                RejectionCodes.WeeklyWork, RejectionCodes.ContractExceeded, RejectionCodes.ShiftHeld, RejectionCodes.CoManagerOnly,
            },
            code => Assert.True(refusals.GetValueOrDefault(code) > 0, $"no step was refused with {code}"));
    }
}
