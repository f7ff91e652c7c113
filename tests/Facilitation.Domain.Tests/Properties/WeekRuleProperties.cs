using FsCheck.Xunit;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Properties;

/// <summary>
/// Random weeks at Casaco, played through both deciders the way the actors play them (see
/// <see cref="WeekModel"/>); what is checked after every step is listed there. The budget is
/// checked two ways on purpose: published hours never exceed 85 h in any week, and what the week
/// spends (planned hours, or hours worked where more) exceeds 85 h only by hours worked past a
/// shift's planned end, which nobody can refuse after the fact.
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

    [Fact]
    public void Generated_weeks_claim_shifts_and_hit_the_budget_often_enough_to_prove_something()
    {
        var scripts = FsCheck.Fluent.Gen.Sample(WeekScripts.Script, 100);
        var models = scripts.Select(s => WeekModel.Play(s, WorkTiming.RealLife)).ToList();

        foreach (var model in models) Assert.True(model.Broken.Count == 0, model.Explain());
        Assert.True(models.Sum(m => m.ClaimsReserved) > 500, $"only {models.Sum(m => m.ClaimsReserved)} claims reserved");
        Assert.True(models.Count(m => m.Ledger.PublishedHours > TimeSpan.FromHours(75)) > 10, "few weeks came near the budget");
        Assert.True(models.Count(m => m.Ledger.People().Any(p => p.Claimed >= TimeSpan.FromHours(20))) > 10, "few people came near their contract");
    }
}
