using FsCheck.Xunit;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tests.Model;

namespace Facilitation.Domain.Tests.Properties;

/// <summary>An actor recovers by folding its journal: that must give the state it had when running.</summary>
public class ReplayProperties
{
    [Property(MaxTest = 100, Arbitrary = [typeof(WeekScripts)])]
    public void Folding_the_ledgers_events_from_scratch_gives_the_ledger_it_had_when_running(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.RealLife);

        var replayed = model.LedgerHistory.Aggregate(WeekLedgerState.Empty(Casaco.Id, script.Week), WeekLedgerDecider.Apply);

        Assert.True(StateEquality.Same(model.Ledger, replayed), $"live {model.Ledger}{Environment.NewLine}replayed {replayed}");
        Assert.Equal(model.Ledger.CommittedHours, replayed.CommittedHours);
        Assert.Equal(model.Ledger.People(), replayed.People());
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(WeekScripts)])]
    public void Folding_each_shifts_events_from_scratch_gives_the_shift_it_had_when_running(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.RealLife);

        foreach (var (id, live) in model.Shifts)
        {
            var replayed = model.HistoryOf(id).Aggregate(ShiftState.Empty(id), ShiftDecider.Apply);
            Assert.True(StateEquality.Same(live, replayed), $"live {live.View()}{Environment.NewLine}replayed {replayed.View()}");
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(WeekScripts)])]
    public void A_recovered_shift_answers_every_retried_command_with_its_first_answer(WeekScript script)
    {
        var model = WeekModel.Play(script, WorkTiming.RealLife);
        var recovered = model.Shifts.Keys.ToDictionary(id => id, id => model.HistoryOf(id).Aggregate(ShiftState.Empty(id), ShiftDecider.Apply));

        foreach (var (shift, command, answer) in model.Sent.Where(s => s.Answer is not null))
        {
            var decision = ShiftDecider.Decide(recovered[shift], command, Casaco.SiteRules);
            var repeat = Assert.IsType<Outcomes.Decision<IShiftEvent, ShiftView>.Repeat>(decision);
            Assert.Equal(answer, repeat.FirstAnswer);
        }
    }
}
