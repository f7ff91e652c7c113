using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tests.Members.Building;

namespace Facilitation.Domain.Tests.Members;

public class MembershipDeciderTests
{
    private static Decision<IMemberEvent, MemberOutcome> Decide(MembershipState state, IMemberCommand command) =>
        MembershipDecider.Decide(state, command, Site());

    [Fact]
    public void A_pass_sold_holds_30_units_until_the_day_before_the_same_date_6_months_later()
    {
        var state = With(Enrolled(Jeanne, PlanKind.None));

        var sold = Assert.IsType<MemberEvents.PassSold>(Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Accept>(
            Decide(state, new MemberCommands.SellPass(Casaco.NewCommandId(), Jeanne, At(10)))).Events.Single());

        Assert.Equal(30, sold.Units);
        Assert.Equal(new DateOnly(2027, 5, 26), sold.LastDay);
        var jeanne = MembershipDecider.Apply(state, sold).Find(Jeanne)!;
        Assert.Equal(PlanKind.Pass, jeanne.Plan);
    }

    [Fact]
    public void A_new_pass_adds_to_the_units_of_a_valid_one_but_not_to_an_expired_one()
    {
        var valid = With(Enrolled(Jeanne, PlanKind.Pass), Pass(Jeanne, 4, Friday));
        var expired = With(Enrolled(Jeanne, PlanKind.Pass), Pass(Jeanne, 4, Friday.AddDays(-1)));

        int UnitsAfterSale(MembershipState state) => Assert.IsType<MemberEvents.PassSold>(Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Accept>(
            Decide(state, new MemberCommands.SellPass(Casaco.NewCommandId(), Jeanne, At(10)))).Events.Single()).Units;

        Assert.Equal(34, UnitsAfterSale(valid));
        Assert.Equal(30, UnitsAfterSale(expired));
    }

    [Fact]
    public void A_retried_admission_is_answered_with_its_first_charge_and_charges_nothing_more()
    {
        var state = With(Enrolled(Jeanne, PlanKind.Pass), Pass(Jeanne, 30, Friday.AddDays(10)));
        var admit = new MemberCommands.Admit(Casaco.NewCommandId(), Jeanne, false, At(10));
        var first = Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Accept>(Decide(state, admit));
        state = first.Events.Aggregate(state, MembershipDecider.Apply);

        var retry = Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Repeat>(Decide(state, admit with { At = At(10, 5) }));

        Assert.Equal(3, retry.FirstAnswer.Charged);
        Assert.Equal(27, state.Find(Jeanne)!.PassUnits);
    }

    [Fact]
    public void An_exhausted_pass_is_refused_naming_the_member()
    {
        var state = With(Enrolled(Jeanne, PlanKind.Pass), Pass(Jeanne, 1, Friday.AddDays(10)));

        var refused = Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Reject>(Decide(state, new MemberCommands.Admit(Casaco.NewCommandId(), Jeanne, false, At(10))));

        Assert.Equal(MemberRejectionCodes.PassExhausted, refused.Why.Code);
        Assert.Equal(Jeanne, refused.Why.Holder);
    }

    [Fact]
    public void A_pass_is_not_sold_to_a_member_on_a_monthly_plan_and_an_unknown_member_is_not_found()
    {
        var state = With(Enrolled(Jeanne, PlanKind.Resident));

        Assert.Equal(MemberRejectionCodes.Subscribed, Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Reject>(
            Decide(state, new MemberCommands.SellPass(Casaco.NewCommandId(), Jeanne, At(10)))).Why.Code);
        Assert.Equal(MemberRejectionCodes.NotFound, Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Reject>(
            Decide(state, new MemberCommands.SellPass(Casaco.NewCommandId(), Malik, At(10)))).Why.Code);
    }

    [Fact]
    public void Enrolling_an_id_twice_is_refused_and_a_blank_name_is_invalid()
    {
        var state = With(Enrolled(Jeanne, PlanKind.Nomad));

        Assert.Equal(MemberRejectionCodes.Exists, Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Reject>(
            Decide(state, new MemberCommands.Enrol(Casaco.NewCommandId(), Jeanne, "Jeanne", PlanKind.Pass, At(10)))).Why.Code);
        var blank = Assert.IsType<Decision<IMemberEvent, MemberOutcome>.Reject>(
            Decide(state, new MemberCommands.Enrol(Casaco.NewCommandId(), Malik, "  ", PlanKind.Pass, At(10)))).Why;
        Assert.Equal(("name", RejectionKind.Invalid), (blank.Field, blank.Kind));
    }
}
