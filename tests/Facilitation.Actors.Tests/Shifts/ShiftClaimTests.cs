using Facilitation.Actors.Messages;
using Facilitation.Actors.Shifts;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Shifts;

/// <summary>
/// The claim saga: the shift decides who may hold it, asks its week ledger to reserve the holder's
/// hours, and only then persists the claim and answers.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class ShiftClaimTests : NodeTest
{
    [Fact]
    public async Task A_claim_is_persisted_only_after_the_week_ledger_reserved_its_hours()
    {
        var shift = await Node.PublishAsync(Hours(0, 9, 17));

        var result = await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea));

        var accepted = Assert.IsType<CommandResult.Accepted>(result);
        Assert.False(accepted.Repeated);
        Assert.Equal(ShiftStatus.Claimed, accepted.View.Status);
        Assert.Equal(Lea, accepted.View.Holder);
        Assert.Equal(accepted.View, await Node.ShiftView(shift));
        var week = await Node.Week(Week);
        Assert.Equal(ShiftStatus.Claimed, week.Find(shift)!.Status);
        Assert.Equal(Lea, week.Find(shift)!.Holder);
        var lea = Assert.Single(week.People());
        Assert.Equal((Lea, TimeSpan.FromHours(8), 1), (lea.Person, lea.Claimed, lea.Shifts));
        // The journal's global order: the ledger's reservation was written before the shift's claim.
        var reserved = Assert.Single(Journal.Rows(Db, Journal.WeekId(Site.Id, Week)), r => r.Manifest == "week.hours-reserved.v1");
        var claimed = Assert.Single(Journal.Rows(Db, Journal.ShiftId(Site.Id, shift)), r => r.Manifest == "shift.claimed.v1");
        Assert.True(reserved.Ordering < claimed.Ordering, $"reserved at {reserved.Ordering}, claimed at {claimed.Ordering}");
    }

    [Fact]
    public async Task A_claim_beyond_the_persons_contract_is_refused_with_the_figures_and_the_shift_stays_published()
    {
        var shift = await Node.PublishAsync(Hours(1, 9, 17));

        var result = await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Nadia), Nadia));

        var why = Assert.IsType<CommandResult.Rejected>(result).Why;
        Assert.Equal(RejectionCodes.ContractExceeded, why.Code);
        Assert.Equal(TimeSpan.FromHours(8), why.Would);
        Assert.Equal(TimeSpan.FromHours(6), why.Limit);
        Assert.Equal(Nadia, why.Holder);
        var view = await Node.ShiftView(shift);
        Assert.Equal(ShiftStatus.Published, view!.Status);
        Assert.Null(view.Holder);
        Assert.Equal(["shift.opened.v1"], Journal.Manifests(Db, Journal.ShiftId(Site.Id, shift)));
        Assert.Equal(["week.shift-published.v1"], Journal.Manifests(Db, Journal.WeekId(Site.Id, Week)));
        Assert.Empty((await Node.Week(Week)).People());
    }

    [Fact]
    public async Task A_claim_that_would_bring_a_day_over_ten_hours_is_refused_by_the_ledger()
    {
        var morning = await Node.PublishAsync(Hours(2, 8, 16));
        var evening = await Node.PublishAsync(Hours(2, 16, 19));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(morning, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)));

        var result = await Node.Shift(evening, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir));

        var why = Assert.IsType<CommandResult.Rejected>(result).Why;
        Assert.Equal(RejectionCodes.DailyWork, why.Code);
        Assert.Equal(TimeSpan.FromHours(11), why.Would);
        Assert.Equal(TimeSpan.FromHours(10), why.Limit);
        Assert.Equal(Week.Monday.AddDays(2), why.Day);
        Assert.Equal(ShiftStatus.Published, (await Node.ShiftView(evening))!.Status);
        Assert.Equal(ShiftStatus.Published, (await Node.Week(Week)).Find(evening)!.Status);
    }

    [Fact]
    public async Task A_held_shift_cannot_be_claimed_and_the_refusal_names_its_holder()
    {
        var shift = await Node.PublishAsync(Hours(3, 9, 13));
        Assert.IsType<CommandResult.Accepted>(await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)));

        var other = await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir));
        var again = await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea));

        var held = Assert.IsType<CommandResult.Rejected>(other).Why;
        Assert.Equal((RejectionKind.Conflict, RejectionCodes.ShiftHeld, (PersonId?)Lea), (held.Kind, held.Code, held.Holder));
        var yours = Assert.IsType<CommandResult.Rejected>(again).Why;
        Assert.Equal((RejectionCodes.ShiftAlreadyYours, (PersonId?)Lea), (yours.Code, yours.Holder));
        Assert.Equal(Lea, (await Node.ShiftView(shift))!.Holder);
        Assert.Equal(Lea, (await Node.Week(Week)).Find(shift)!.Holder);
        Assert.Equal(["shift.opened.v1", "shift.claimed.v1"], Journal.Manifests(Db, Journal.ShiftId(Site.Id, shift)));
    }

    [Fact]
    public async Task Two_claims_sent_at_once_give_the_shift_to_the_first_and_refuse_the_second_naming_the_holder()
    {
        var shift = await Node.PublishAsync(Hours(3, 14, 18));

        // Both arrive while the shift is still loading its definition, then waiting for its ledger.
        Node.Shifts.Tell(new ShiftMessages.Execute(Site.Id, shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea)), Node.Kit.TestActor);
        Node.Shifts.Tell(new ShiftMessages.Execute(Site.Id, shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Samir), Samir)), Node.Kit.TestActor);

        var first = Node.Kit.ExpectMsg<CommandResult.Accepted>();
        var second = Node.Kit.ExpectMsg<CommandResult.Rejected>();
        Assert.Equal(Lea, first.View.Holder);
        Assert.Equal((RejectionCodes.ShiftHeld, (PersonId?)Lea), (second.Why.Code, second.Why.Holder));
        Assert.Equal(Lea, (await Node.Week(Week)).Find(shift)!.Holder);
        Assert.Equal(["week.shift-published.v1", "week.hours-reserved.v1"], Journal.Manifests(Db, Journal.WeekId(Site.Id, Week)));
    }

    [Fact]
    public async Task A_retried_claim_gets_the_first_answer_again_and_persists_nothing()
    {
        var shift = await Node.PublishAsync(Hours(4, 14, 18));
        var claim = new ShiftMessages.Execute(Site.Id, shift, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea));
        Node.Shifts.Tell(claim, Node.Kit.TestActor);
        var first = Node.Kit.ExpectMsg<CommandResult.Accepted>();
        var shiftRows = Journal.Rows(Db, Journal.ShiftId(Site.Id, shift)).Count;
        var weekRows = Journal.Rows(Db, Journal.WeekId(Site.Id, Week)).Count;

        // The tablet's Wi-Fi dropped the answer: it sends the very same command again.
        Node.Shifts.Tell(claim, Node.Kit.TestActor);
        var retry = Node.Kit.ExpectMsg<CommandResult.Accepted>();

        Assert.False(first.Repeated);
        Assert.True(retry.Repeated);
        Assert.Equal(first.View, retry.View);
        Assert.Equal(shiftRows, Journal.Rows(Db, Journal.ShiftId(Site.Id, shift)).Count);
        Assert.Equal(weekRows, Journal.Rows(Db, Journal.WeekId(Site.Id, Week)).Count);
        Assert.Equal(2, (await Node.ShiftView(shift))!.Version);
    }

    [Fact]
    public async Task A_claim_for_a_person_the_site_does_not_know_is_refused_by_the_ledger()
    {
        var shift = await Node.PublishAsync(Hours(5, 10, 14));

        var result = await Node.Shift(shift, new ShiftCommands.Claim(NewCommandId("claim"), CoManager, Stranger));

        var why = Assert.IsType<CommandResult.Rejected>(result).Why;
        Assert.Equal((RejectionKind.NotFound, RejectionCodes.PersonUnknown), (why.Kind, why.Code));
        Assert.Equal(ShiftStatus.Published, (await Node.ShiftView(shift))!.Status);
    }

    [Fact]
    public async Task A_claim_of_a_shift_that_was_never_published_is_not_found_and_opens_nothing()
    {
        var unknown = ShiftId.New(Week);

        var result = await Node.Shift(unknown, new ShiftCommands.Claim(NewCommandId("claim"), Facilitator(Lea), Lea));

        Assert.Equal(RejectionCodes.ShiftNotFound, Assert.IsType<CommandResult.Rejected>(result).Why.Code);
        Assert.Null(await Node.ShiftView(unknown));
        Assert.Empty(Journal.Rows(Db, Journal.ShiftId(Site.Id, unknown)));
    }
}
