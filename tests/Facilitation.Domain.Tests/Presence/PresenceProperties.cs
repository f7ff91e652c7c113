using FsCheck.Xunit;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tests.Members.Building;

namespace Facilitation.Domain.Tests.Presence;

/// <summary>Random days at the front desk of a small building (capacity 5): check-ins, check-outs, visitors in and out, retries.</summary>
public class PresenceProperties
{
    private const int Capacity = 5;

    [Property(MaxTest = 300)]
    public void The_count_never_exceeds_the_capacity_whatever_the_sequence(int[] steps)
    {
        var site = Site(Capacity);
        var state = PresenceState.Empty(Casaco.Id, Friday);
        var sent = new List<IPresenceCommand>();
        foreach (var step in steps)
        {
            var who = new PersonId($"m{Math.Abs(step % 9)}");
            var at = At(10, sent.Count % 60);
            IPresenceCommand command = Math.Abs(step / 9 % 6) switch
            {
                0 or 1 => new PresenceCommands.CheckIn(Casaco.NewCommandId(), who, null, false, at),
                2 => new PresenceCommands.CheckOut(Casaco.NewCommandId(), who, at),
                3 => new PresenceCommands.VisitorIn(Casaco.NewCommandId(), VisitorId.New(), "Visiteur", who, who.Value, at),
                4 when state.Visitors.Count > 0 => new PresenceCommands.VisitorOut(Casaco.NewCommandId(), state.Visitors.Values.First().Id, at),
                _ when sent.Count > 0 => sent[Math.Abs(step) % sent.Count],
                _ => new PresenceCommands.CheckIn(Casaco.NewCommandId(), who, null, false, at),
            };
            sent.Add(command);
            if (PresenceDecider.Decide(state, command, site) is Decision<IPresenceEvent, PresenceAnswer>.Accept accept)
                state = accept.Events.Aggregate(state, PresenceDecider.Apply);

            Assert.InRange(state.Count, 0, Capacity);
            Assert.Equal(state.Members.Count, state.Members.Values.Select(m => m.Member).Distinct().Count());
        }
    }

    [Fact]
    public void The_check_in_beyond_the_capacity_is_refused_and_a_retry_of_an_admitted_one_is_answered_as_first()
    {
        var site = Site(1);
        var first = new PresenceCommands.CheckIn(Casaco.NewCommandId(), Jeanne, null, false, At(10));
        var state = Assert.IsType<Decision<IPresenceEvent, PresenceAnswer>.Accept>(PresenceDecider.Decide(PresenceState.Empty(Casaco.Id, Friday), first, site))
            .Events.Aggregate(PresenceState.Empty(Casaco.Id, Friday), PresenceDecider.Apply);

        var full = Assert.IsType<Decision<IPresenceEvent, PresenceAnswer>.Reject>(
            PresenceDecider.Decide(state, new PresenceCommands.CheckIn(Casaco.NewCommandId(), Malik, null, false, At(10, 1)), site));
        var retry = Assert.IsType<Decision<IPresenceEvent, PresenceAnswer>.Repeat>(PresenceDecider.Decide(state, first, site));

        Assert.Equal(PresenceRejectionCodes.Full, full.Why.Code);
        Assert.Equal(1, retry.FirstAnswer.Count);
    }

    [Fact]
    public void Nobody_is_counted_in_after_closing_time()
    {
        var site = Site();
        var state = new IPresenceEvent[] { new PresenceEvents.CheckedIn(Casaco.NewCommandId(), Jeanne, "poste-01", false, 3, 27, At(10)) }
            .Aggregate(PresenceState.Empty(Casaco.Id, Friday), PresenceDecider.Apply);

        Assert.Equal(1, state.CountAt(site, At(18, 59)));
        Assert.Equal(0, state.CountAt(site, At(19, 0)));
        Assert.Empty(state.SeatedAt(site, At(19, 0)));
    }
}
