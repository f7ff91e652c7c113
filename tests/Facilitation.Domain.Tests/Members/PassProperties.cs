using FsCheck;
using FsCheck.Xunit;
using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tests.Members.Building;

namespace Facilitation.Domain.Tests.Members;

/// <summary>
/// Random weeks of one member with a pass: check-ins at any time of day (open or not), mornings
/// only or not, sometimes a new pass, the days moving on; played through the membership's decider.
/// </summary>
public class PassProperties
{
    private sealed record Played(List<int> UnitsAfterEachStep, Dictionary<DateOnly, int> ChargedPerDay, int Sold, int Left);

    /// <summary>Each step is 4 numbers: days to move on (0–1), the hour (7–20), the minute, and morning-only / sell a pass.</summary>
    private static Played Play(int[] steps)
    {
        var site = Site();
        var state = With(Enrolled(Jeanne, PlanKind.Pass), Pass(Jeanne, PassUse.UnitsPerPass, Friday.AddDays(20)));
        var sold = PassUse.UnitsPerPass;
        var units = new List<int>();
        var perDay = new Dictionary<DateOnly, int>();
        var day = 0;
        for (var i = 0; i + 3 < steps.Length; i += 4)
        {
            day += Math.Abs(steps[i]) % 2;
            var at = At(7 + Math.Abs(steps[i + 1]) % 14, Math.Abs(steps[i + 2]) % 60, day);
            var flag = Math.Abs(steps[i + 3]) % 10;
            IMemberCommand command = flag == 0
                ? new MemberCommands.SellPass(Casaco.NewCommandId(), Jeanne, at)
                : new MemberCommands.Admit(Casaco.NewCommandId(), Jeanne, flag < 4, at);
            if (MembershipDecider.Decide(state, command, site) is Decision<IMemberEvent, MemberOutcome>.Accept accept)
            {
                foreach (var e in accept.Events)
                {
                    var before = state.Find(Jeanne)!.PassUnits;
                    state = MembershipDecider.Apply(state, e);
                    if (e is MemberEvents.Admitted a) perDay[a.Day] = perDay.GetValueOrDefault(a.Day) + a.Units;
                    if (e is MemberEvents.PassSold s) sold += s.Units - before;
                }
            }
            units.Add(state.Find(Jeanne)!.PassUnits);
        }
        return new Played(units, perDay, sold, state.Find(Jeanne)!.PassUnits);
    }

    [Property(MaxTest = 300)]
    public void The_units_left_on_a_pass_are_never_negative(int[] steps)
    {
        Assert.All(Play(steps).UnitsAfterEachStep, u => Assert.True(u >= 0, $"{u} units left"));
    }

    [Property(MaxTest = 300)]
    public void A_member_never_uses_more_than_3_units_in_a_day(int[] steps)
    {
        Assert.All(Play(steps).ChargedPerDay, kv => Assert.True(kv.Value <= PassUse.FullDay, $"{kv.Value} units on {kv.Key}"));
    }

    [Property(MaxTest = 300)]
    public void Every_unit_sold_is_either_used_or_still_on_the_pass(int[] steps)
    {
        var played = Play(steps);

        Assert.Equal(played.Sold, played.ChargedPerDay.Values.Sum() + played.Left);
    }
}
