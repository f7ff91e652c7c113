using FsCheck.Xunit;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tests.Model;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Ledger;

public class FairnessTests
{
    private static readonly IsoWeek W49 = new(2026, 49);

    /// <summary>Casaco's nine contracts: 155 hours for an 85-hour budget.</summary>
    private static readonly IReadOnlyList<StaffMember> Staff =
    [
        Casaco.Member("aurelien", 35, StaffRole.CoManager), Casaco.Member("sybille", 35, StaffRole.CoManager),
        Casaco.Member("lea", 20), Casaco.Member("samir", 14), Casaco.Member("camille", 12), Casaco.Member("mathieu", 12),
        Casaco.Member("ines", 10), Casaco.Member("youssef", 9), Casaco.Member("claire", 8),
    ];

    private static (WeekLedgerState Week, List<ShiftId> Ids) Week(params (string? Holder, int Day, int From, int Hours)[] shifts)
    {
        var ids = new List<ShiftId>();
        var events = new List<ILedgerEvent>();
        foreach (var s in shifts)
        {
            var id = ShiftId.New(W49);
            ids.Add(id);
            var start = Casaco.At(2026, 11, 30, s.From).AddDays(s.Day);
            events.Add(new LedgerEvents.ShiftPublished(Casaco.NewCommandId(), id, ShiftRole.Welcome, start, start.AddHours(s.Hours), new PersonId("aurelien"), $"p:{id}"));
            if (s.Holder is not null) events.Add(new LedgerEvents.HoursReserved(id, new PersonId(s.Holder)));
        }
        return (events.Aggregate(WeekLedgerState.Empty(Casaco.Id, W49), WeekLedgerDecider.Apply), ids);
    }

    [Fact]
    public void Shares_follow_the_contracts_and_the_least_covered_comes_first()
    {
        var (week, _) = Week(("lea", 0, 9, 8), ("samir", 0, 14, 4), ("aurelien", 1, 9, 4));

        var shares = Fairness.Shares(week, Staff, TimeSpan.FromHours(85));

        var lea = shares.Single(s => s.Person.Value == "lea");
        Assert.Equal(85.0 * 20 / 155, lea.Share.TotalHours, 6);
        Assert.Equal(8, lea.Held.TotalHours);
        Assert.Equal(8 / (85.0 * 20 / 155), lea.Coverage, 6);
        // Nobody else holds anything: the biggest shares without hours come first, then Aurélien, Samir, Léa.
        Assert.Equal(["sybille", "lea"], new[] { shares[0].Person.Value, shares[^1].Person.Value });
        Assert.Equal(["aurelien", "samir", "lea"], shares.Skip(6).Select(s => s.Person.Value));
    }

    [Fact]
    public void An_open_shift_is_offered_first_to_whoever_is_furthest_below_their_share_among_those_it_fits()
    {
        // Sybille holds a Monday from 07:00 to 17:00 (10 hours): a Monday afternoon would break her day limit.
        var (week, ids) = Week(("sybille", 0, 7, 10), (null, 0, 14, 4), ("lea", 1, 9, 4));

        var order = Fairness.OfferOrder(week, ids[1], Staff, new LabourRules(), Casaco.Calendar);

        Assert.DoesNotContain(new PersonId("sybille"), order);
        Assert.Equal("aurelien", order[0].Value); // nothing held, the biggest share
        Assert.Equal("lea", order[^1].Value);
        Assert.Equal(8, order.Count);
    }

    [Property(MaxTest = 200)]
    public void Shares_add_up_to_the_budget_and_the_order_never_goes_down_in_coverage(byte[] holders)
    {
        var shifts = holders.Take(20).Select((h, i) => ((string?)Staff[h % Staff.Count].Id.Value, i % 5, 8 + i / 5 * 3, 2)).ToArray();
        var (week, _) = Week(shifts);

        var shares = Fairness.Shares(week, Staff, TimeSpan.FromHours(85));

        Assert.Equal(85, shares.Sum(s => s.Share.TotalHours), 6);
        Assert.Equal(week.Live.Where(s => s.IsHeld).Sum(s => s.Committed.TotalHours), shares.Sum(s => s.Held.TotalHours), 6);
        Assert.True(shares.Zip(shares.Skip(1)).All(p => p.First.Coverage <= p.Second.Coverage));
    }
}
