using Akka.Actor;
using Facilitation.Actors.Members;
using Facilitation.Actors.Presence;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Sites;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Presence;

/// <summary>
/// A step of the check-in saga fails (the journal refuses a write): the caller is told to send the
/// same command again, and that retry is counted once and charged once.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class CheckInStorageFailureTests : NodeTest
{
    private static readonly PersonId Jeanne = new("jeanne");
    private static readonly PersonId Malik = new("malik");

    protected override Site Site { get; } = BuildingSite.Create(capacity: 5);

    public CheckInStorageFailureTests() => Clock.SetUtcNow(At(0, 10));

    private DateOnly Today => Calendar.DayOf(Clock.GetUtcNow());

    private async Task<MembershipMessages.MemberResult> Member(IMemberCommand command) =>
        await Node.Members.Ask<MembershipMessages.MemberResult>(new MembershipMessages.Execute(Node.SiteId, command), FacilitationNode.AskTimeout);

    private Task<PresenceMessages.PresenceResult> Send(IPresenceCommand command) =>
        Node.Presence.Ask<PresenceMessages.PresenceResult>(new PresenceMessages.Execute(Node.SiteId, Today, command), FacilitationNode.AskTimeout);

    private async Task<int> UnitsOf(PersonId member) =>
        (await Node.Members.Ask<MembershipMessages.MembersFound>(new MembershipMessages.FindMembers(Node.SiteId, [member]), FacilitationNode.AskTimeout)).Find(member)!.PassUnits;

    private async Task<PresenceView> Presence() =>
        await Node.Presence.Ask<PresenceView>(new PresenceMessages.GetPresence(Node.SiteId, Today), FacilitationNode.AskTimeout);

    private async Task JeanneHasAPass()
    {
        Assert.IsType<MembershipMessages.MemberResult.Accepted>(await Member(new MemberCommands.Enrol(NewCommandId("enrol"), Jeanne, "Jeanne", PlanKind.None, Clock.GetUtcNow())));
        Assert.IsType<MembershipMessages.MemberResult.Accepted>(await Member(new MemberCommands.Enrol(NewCommandId("enrol"), Malik, "Malik", PlanKind.Nomad, Clock.GetUtcNow())));
        Assert.IsType<MembershipMessages.MemberResult.Accepted>(await Member(new MemberCommands.SellPass(NewCommandId("pass"), Jeanne, Clock.GetUtcNow())));
    }

    [Fact]
    public async Task When_the_pass_cannot_be_charged_the_check_in_is_unavailable_the_desk_is_free_and_the_retry_is_charged_once()
    {
        await JeanneHasAPass();
        var checkIn = new PresenceCommands.CheckIn(NewCommandId("in"), Jeanne, "poste-01", false, Clock.GetUtcNow());
        Db.RefuseJournalWrites("members");

        Assert.Equal(new PresenceMessages.PresenceResult.Unavailable("membership"), await Send(checkIn));

        Db.AcceptJournalWrites("members");
        Assert.Equal(0, (await Presence()).Count);
        // The desk was given back: Malik may sit there, then leaves it.
        Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(new PresenceCommands.CheckIn(NewCommandId("in"), Malik, "poste-01", false, Clock.GetUtcNow())));
        Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(new PresenceCommands.CheckOut(NewCommandId("out"), Malik, Clock.GetUtcNow())));
        var retried = Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(checkIn));
        Assert.Equal((3, 27), (retried.Answer.Charged, retried.Answer.UnitsLeft));
        Assert.Equal(27, await UnitsOf(Jeanne));
    }

    [Fact]
    public async Task When_the_check_in_itself_cannot_be_kept_after_the_charge_the_retry_is_not_charged_again()
    {
        await JeanneHasAPass();
        var checkIn = new PresenceCommands.CheckIn(NewCommandId("in"), Jeanne, "poste-02", false, Clock.GetUtcNow());
        Db.RefuseJournalWrites("presence");

        Assert.Equal(new PresenceMessages.PresenceResult.Unavailable("storage"), await Send(checkIn));
        Assert.Equal(27, await UnitsOf(Jeanne)); // charged, but not yet in

        Db.AcceptJournalWrites("presence");
        // The client retries, as it would on a 503: the first try may still reach the day's
        // presence as it stops on the failure, and be told to retry (StorageUnavailableException).
        PresenceMessages.PresenceResult.Accepted? retried = null;
        await Node.Kit.AwaitAssertAsync(async () => retried = Assert.IsType<PresenceMessages.PresenceResult.Accepted>(await Send(checkIn)),
            TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(200));
        Assert.Equal((3, 27, "poste-02"), (retried!.Answer.Charged, retried.Answer.UnitsLeft, retried.Answer.Desk));
        Assert.Equal(27, await UnitsOf(Jeanne));
        Assert.Equal(1, (await Presence()).Count);
    }
}
