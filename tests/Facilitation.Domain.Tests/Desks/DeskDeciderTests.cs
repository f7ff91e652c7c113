using Facilitation.Domain.Desks;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Tests.Members.Building;

namespace Facilitation.Domain.Tests.Desks;

public class DeskDeciderTests
{
    private static DeskState Play(DeskState state, IDeskCommand command, Facilitation.Domain.Sites.Desk desk) =>
        Assert.IsType<Decision<IDeskEvent, DeskState>.Accept>(DeskDecider.Decide(state, command, desk, Site())).Events.Aggregate(state, DeskDecider.Apply);

    [Fact]
    public void A_nomad_desk_taken_in_the_morning_is_refused_to_another_naming_who_has_it_and_is_free_at_closing_time()
    {
        var taken = Play(DeskState.Empty(Casaco.Id, Nomad.Id), new DeskCommands.Take(Jeanne, At(9, 30)), Nomad);

        var refused = Assert.IsType<Decision<IDeskEvent, DeskState>.Reject>(DeskDecider.Decide(taken, new DeskCommands.Take(Malik, At(18, 59)), Nomad, Site()));
        Assert.Equal((DeskRejectionCodes.Taken, Jeanne), (refused.Why.Code, refused.Why.Holder));
        Assert.Equal(Jeanne, taken.OccupantAt(Site(), At(18, 59)));
        Assert.Null(taken.OccupantAt(Site(), At(19, 0)));
        Assert.Null(taken.OccupantAt(Site(), At(9, 30, days: 3)));
    }

    [Fact]
    public void A_nomad_desk_is_free_again_after_its_member_leaves()
    {
        var taken = Play(DeskState.Empty(Casaco.Id, Nomad.Id), new DeskCommands.Take(Jeanne, At(9, 30)), Nomad);
        var left = Play(taken, new DeskCommands.Release(Jeanne, At(12)), Nomad);

        Assert.Null(left.OccupantAt(Site(), At(12, 1)));
        Assert.Equal(Malik, Play(left, new DeskCommands.Take(Malik, At(13)), Nomad).OccupantAt(Site(), At(13, 1)));
    }

    [Fact]
    public void Only_its_assignee_sits_at_a_resident_desk()
    {
        var assigned = Play(DeskState.Empty(Casaco.Id, Resident.Id), new DeskCommands.Assign(Casaco.NewCommandId(), Jeanne, new("aurelien"), At(9)), Resident);

        var refused = Assert.IsType<Decision<IDeskEvent, DeskState>.Reject>(DeskDecider.Decide(assigned, new DeskCommands.Take(Malik, At(10)), Resident, Site()));
        Assert.Equal((DeskRejectionCodes.Reserved, Jeanne), (refused.Why.Code, refused.Why.Holder));
        Assert.Equal(Jeanne, Play(assigned, new DeskCommands.Take(Jeanne, At(10)), Resident).OccupantAt(Site(), At(10, 1)));
    }

    [Fact]
    public void A_nomad_desk_is_never_assigned_and_an_assigned_desk_names_its_assignee()
    {
        Assert.Equal(DeskRejectionCodes.NotResident, Assert.IsType<Decision<IDeskEvent, DeskState>.Reject>(DeskDecider.Decide(
            DeskState.Empty(Casaco.Id, Nomad.Id), new DeskCommands.Assign(Casaco.NewCommandId(), Jeanne, new("aurelien"), At(9)), Nomad, Site())).Why.Code);
        var assigned = Play(DeskState.Empty(Casaco.Id, Resident.Id), new DeskCommands.Assign(Casaco.NewCommandId(), Jeanne, new("aurelien"), At(9)), Resident);
        var again = Assert.IsType<Decision<IDeskEvent, DeskState>.Reject>(DeskDecider.Decide(
            assigned, new DeskCommands.Assign(Casaco.NewCommandId(), Malik, new("aurelien"), At(9)), Resident, Site()));
        Assert.Equal((DeskRejectionCodes.Assigned, Jeanne), (again.Why.Code, again.Why.Holder));
    }
}
