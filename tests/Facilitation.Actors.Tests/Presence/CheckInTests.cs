using Facilitation.Actors.Members;
using Facilitation.Actors.Presence;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Sites;
using Akka.Actor;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Presence;

/// <summary>Check-ins through the presence of the day, the desks and the membership, on a real SQLite file.</summary>
[Collection(ActorSystems.Name)]
public sealed class CheckInTests : NodeTest
{
    protected override Site Site { get; } = BuildingSite.Create(capacity: 5);

    private DateOnly Today => Calendar.DayOf(Clock.GetUtcNow());

    private async Task<MembershipMessages.MemberResult> Member(IMemberCommand command) =>
        await Node.Members.Ask<MembershipMessages.MemberResult>(new MembershipMessages.Execute(Node.SiteId, command), FacilitationNode.AskTimeout);

    private async Task Enrol(PersonId member, PlanKind plan) =>
        Assert.IsType<MembershipMessages.MemberResult.Accepted>(await Member(new MemberCommands.Enrol(NewCommandId("enrol"), member, member.Value, plan, Clock.GetUtcNow())));

    private Task<PresenceMessages.PresenceResult> Send(IPresenceCommand command) =>
        Node.Presence.Ask<PresenceMessages.PresenceResult>(new PresenceMessages.Execute(Node.SiteId, Today, command), FacilitationNode.AskTimeout);

    private PresenceCommands.CheckIn CheckIn(PersonId member, string? desk = null) => new(NewCommandId("in"), member, desk, false, Clock.GetUtcNow());

    private async Task<PresenceView> Presence() =>
        await Node.Presence.Ask<PresenceView>(new PresenceMessages.GetPresence(Node.SiteId, Today), FacilitationNode.AskTimeout);

    private async Task<MemberEntry> Find(PersonId member) =>
        (await Node.Members.Ask<MembershipMessages.MembersFound>(new MembershipMessages.FindMembers(Node.SiteId, [member]), FacilitationNode.AskTimeout)).Find(member)!;

    public CheckInTests() => Clock.SetUtcNow(At(0, 10));

    [Fact]
    public async Task Twenty_concurrent_check_ins_into_a_building_of_5_let_exactly_5_in()
    {
        var members = Enumerable.Range(1, 20).Select(i => new PersonId($"member-{i}")).ToList();
        foreach (var member in members) await Enrol(member, PlanKind.Nomad);

        var results = await Task.WhenAll(members.Select(m => Send(CheckIn(m))));

        Assert.Equal(5, results.Count(r => r is PresenceMessages.PresenceResult.Accepted));
        Assert.Equal(15, results.OfType<PresenceMessages.PresenceResult.Rejected>().Count(r => r.Why.Code == PresenceRejectionCodes.Full));
        Assert.All(results.OfType<PresenceMessages.PresenceResult.Accepted>(), a => Assert.InRange(a.Answer.Count, 1, 5));
        Assert.Equal(5, (await Presence()).Count);
    }

    [Fact]
    public async Task A_check_in_sent_again_with_the_same_id_is_charged_once_and_counted_once()
    {
        var jeanne = new PersonId("jeanne");
        await Enrol(jeanne, PlanKind.None);
        Assert.IsType<MembershipMessages.MemberResult.Accepted>(await Member(new MemberCommands.SellPass(NewCommandId("pass"), jeanne, Clock.GetUtcNow())));
        var checkIn = CheckIn(jeanne, "poste-01");

        var results = await Task.WhenAll(Send(checkIn), Send(checkIn), Send(checkIn));

        var answers = results.Select(r => Assert.IsType<PresenceMessages.PresenceResult.Accepted>(r)).ToList();
        Assert.Single(answers, a => !a.Repeated);
        Assert.All(answers, a => Assert.Equal((3, 27, 1), (a.Answer.Charged, a.Answer.UnitsLeft!.Value, a.Answer.Count)));
        Assert.Equal(27, (await Find(jeanne)).PassUnits);
        Assert.Equal(1, (await Presence()).Count);
        Assert.Single(Journal.Manifests(Db, "members-casaco-test"), m => m == "member.admitted.v1");
    }

    [Fact]
    public async Task A_desk_taken_by_one_member_is_refused_to_another_naming_who_has_it_and_the_refused_member_is_not_counted()
    {
        PersonId jeanne = new("jeanne"), malik = new("malik");
        await Enrol(jeanne, PlanKind.Nomad);
        await Enrol(malik, PlanKind.Nomad);
        Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(CheckIn(jeanne, "poste-01")));

        var refused = Assert.IsType<PresenceMessages.PresenceResult.Rejected>(await Send(CheckIn(malik, "poste-01")));

        Assert.Equal(("desk.taken", jeanne), (refused.Why.Code, refused.Why.Holder));
        Assert.Equal(1, (await Presence()).Count);
    }

    [Fact]
    public async Task A_refused_pass_frees_the_desk_it_had_taken()
    {
        PersonId jeanne = new("jeanne"), malik = new("malik");
        await Enrol(jeanne, PlanKind.None);
        await Enrol(malik, PlanKind.Nomad);

        var refused = Assert.IsType<PresenceMessages.PresenceResult.Rejected>(await Send(CheckIn(jeanne, "poste-02")));
        Assert.Equal(MemberRejectionCodes.NoPlan, refused.Why.Code);

        var malikIn = Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(CheckIn(malik, "poste-02")));
        Assert.Equal("poste-02", malikIn.Answer.Desk);
    }

    [Fact]
    public async Task After_a_restart_on_the_same_file_the_presence_and_the_passes_are_as_they_were_and_a_retry_is_still_recognised()
    {
        var jeanne = new PersonId("jeanne");
        await Enrol(jeanne, PlanKind.None);
        Assert.IsType<MembershipMessages.MemberResult.Accepted>(await Member(new MemberCommands.SellPass(NewCommandId("pass"), jeanne, Clock.GetUtcNow())));
        var checkIn = CheckIn(jeanne, "poste-01");
        Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(checkIn));

        await RestartAsync();

        Assert.Equal(27, (await Find(jeanne)).PassUnits);
        var presence = await Presence();
        Assert.Equal("poste-01", presence.Members.Items.Single(m => m.Member == jeanne).Desk);
        var retry = Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(checkIn));
        Assert.True(retry.Repeated);
        Assert.Equal(27, (await Find(jeanne)).PassUnits);
        Assert.Equal(1, (await Presence()).Count);
    }
}
