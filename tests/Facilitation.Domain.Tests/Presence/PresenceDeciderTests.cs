using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tests.Members.Building;

namespace Facilitation.Domain.Tests.Presence;

public class PresenceDeciderTests
{
    private static Rejection Refused(PresenceState state, IPresenceCommand command) =>
        Assert.IsType<Decision<IPresenceEvent, PresenceAnswer>.Reject>(PresenceDecider.Decide(state, command, Site())).Why;

    private static PresenceState In(params IPresenceEvent[] events) => events.Aggregate(PresenceState.Empty(Casaco.Id, Friday), PresenceDecider.Apply);

    [Fact]
    public void Nobody_checks_in_before_opening_nor_from_closing_time_on_not_even_a_visitor()
    {
        Assert.Equal(MemberRejectionCodes.SiteClosed, Refused(In(), new PresenceCommands.CheckIn(Casaco.NewCommandId(), Jeanne, null, false, At(8, 59))).Code);
        Assert.Equal(MemberRejectionCodes.SiteClosed, Refused(In(), new PresenceCommands.CheckIn(Casaco.NewCommandId(), Jeanne, null, false, At(19, 0))).Code);
        Assert.Equal(MemberRejectionCodes.SiteClosed, Refused(In(), new PresenceCommands.VisitorIn(Casaco.NewCommandId(), VisitorId.New(), "Paul", Jeanne, "Jeanne", At(19, 0))).Code);
    }

    [Fact]
    public void A_member_in_is_not_checked_in_twice_and_a_member_out_is_not_checked_out()
    {
        var state = In(new PresenceEvents.CheckedIn(Casaco.NewCommandId(), Jeanne, null, false, 0, null, At(10)));

        Assert.Equal(PresenceRejectionCodes.AlreadyIn, Refused(state, new PresenceCommands.CheckIn(Casaco.NewCommandId(), Jeanne, null, false, At(11))).Code);
        Assert.Equal(PresenceRejectionCodes.NotIn, Refused(state, new PresenceCommands.CheckOut(Casaco.NewCommandId(), Malik, At(11))).Code);
    }

    [Fact]
    public void A_check_out_says_which_desk_to_free_and_the_same_command_id_for_another_command_is_refused()
    {
        var checkIn = new PresenceEvents.CheckedIn(Casaco.NewCommandId(), Jeanne, "poste-01", false, 0, null, At(10));
        var state = In(checkIn);

        var checkOut = Assert.IsType<PresenceEvents.CheckedOut>(Assert.IsType<Decision<IPresenceEvent, PresenceAnswer>.Accept>(
            PresenceDecider.Decide(state, new PresenceCommands.CheckOut(Casaco.NewCommandId(), Jeanne, At(12)), Site())).Events.Single());

        Assert.Equal("poste-01", checkOut.Desk);
        Assert.Equal(RejectionCodes.CommandIdReused, Refused(state, new PresenceCommands.CheckOut(checkIn.CommandId, Jeanne, At(12))).Code);
    }
}
