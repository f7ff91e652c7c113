using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Shifts.ShiftCommands;
using static Facilitation.Domain.Tests.Model.Casaco;

namespace Facilitation.Domain.Tests.Shifts;

/// <summary>Giving a shift to a colleague (who accepts), a co-manager reassigning or approving it, and recording the time really worked.</summary>
public class HandoverAndApprovalTests
{
    private static readonly Caller Lea = Facilitator("lea");
    private static readonly Caller Hugo = Facilitator("hugo");
    private static readonly Caller Samir = Facilitator("samir");
    private static readonly Caller Claire = CoManager("claire");

    private static readonly ShiftState Published = ShiftStates.Opened(ShiftStates.TuesdayMorning);
    private static readonly DateTimeOffset PlannedStart = ShiftStates.TuesdayMorning.Start;
    private static readonly DateTimeOffset PlannedEnd = ShiftStates.TuesdayMorning.End;

    private static ShiftState ClaimedByLea => Published.Then(new Claim(NewCommandId(), Lea, Lea.Person));

    private static ShiftState OfferedToHugo => ClaimedByLea.Then(new OfferHandover(NewCommandId(), Lea, Hugo.Person));

    private static Decision<IShiftEvent, ShiftView> Decide(ShiftState state, IShiftCommand command) => ShiftDecider.Decide(state, command, SiteRules);

    private static Rejection Refused(ShiftState state, IShiftCommand command) =>
        Assert.IsType<Decision<IShiftEvent, ShiftView>.Reject>(Decide(state, command)).Why;

    [Fact]
    public void The_holder_offers_the_shift_and_still_holds_it_until_the_colleague_accepts()
    {
        var offered = OfferedToHugo;

        Assert.Equal((ShiftStatus.Claimed, Lea.Person, Hugo.Person), (offered.Status, offered.Holder!.Value, offered.OfferedTo!.Value));
        Assert.Equal(Hugo.Person, offered.View().OfferedTo);
    }

    [Fact]
    public void The_colleague_accepts_and_becomes_the_holder_once_the_ledger_took_their_hours()
    {
        var accept = new AcceptHandover(NewCommandId(), Hugo);
        var handedOver = Assert.IsType<ShiftEvents.HandedOver>(Assert.Single(Assert.IsType<Decision<IShiftEvent, ShiftView>.Accept>(Decide(OfferedToHugo, accept)).Events));

        var after = ShiftDecider.Apply(OfferedToHugo, handedOver);

        Assert.Equal(Hugo.Person, ShiftDecider.NeedsHoursOf(handedOver));
        Assert.Equal((Hugo.Person, (Facilitation.Domain.Ids.PersonId?)null), (after.Holder!.Value, after.OfferedTo));
    }

    [Fact]
    public void Only_the_one_offered_accepts_and_only_the_holder_offers()
    {
        Assert.Equal(RejectionCodes.NotOfferedToYou, Refused(OfferedToHugo, new AcceptHandover(NewCommandId(), Samir)).Code);
        Assert.Equal(RejectionCodes.NoHandover, Refused(ClaimedByLea, new AcceptHandover(NewCommandId(), Hugo)).Code);
        Assert.Equal(RejectionCodes.ShiftNotHolder, Refused(ClaimedByLea, new OfferHandover(NewCommandId(), Hugo, Samir.Person)).Code);
        Assert.Equal(RejectionCodes.AlreadyHolder, Refused(ClaimedByLea, new OfferHandover(NewCommandId(), Lea, Lea.Person)).Code);
        Assert.Equal(RejectionCodes.ShiftNotClaimed, Refused(Published, new OfferHandover(NewCommandId(), Lea, Hugo.Person)).Code);
    }

    [Fact]
    public void The_colleague_declines_or_the_holder_takes_the_offer_back_and_a_started_shift_has_no_offer()
    {
        Assert.Null(OfferedToHugo.Then(new DeclineHandover(NewCommandId(), Hugo)).OfferedTo);
        Assert.Null(OfferedToHugo.Then(new DeclineHandover(NewCommandId(), Lea)).OfferedTo);
        Assert.Equal(RejectionCodes.NotOfferedToYou, Refused(OfferedToHugo, new DeclineHandover(NewCommandId(), Samir)).Code);
        var started = OfferedToHugo.Then(new Start(NewCommandId(), Lea, PlannedStart));
        Assert.Null(started.OfferedTo);
        Assert.Equal(RejectionCodes.NoHandover, Refused(started, new AcceptHandover(NewCommandId(), Hugo)).Code);
    }

    [Fact]
    public void A_co_manager_reassigns_a_claimed_shift_and_a_facilitator_cannot()
    {
        var reassigned = ClaimedByLea.Then(new Reassign(NewCommandId(), Claire, Samir.Person));

        Assert.Equal(Samir.Person, reassigned.Holder);
        Assert.Equal(RejectionCodes.CoManagerOnly, Refused(ClaimedByLea, new Reassign(NewCommandId(), Hugo, Hugo.Person)).Code);
        Assert.Equal(RejectionCodes.AlreadyHolder, Refused(ClaimedByLea, new Reassign(NewCommandId(), Claire, Lea.Person)).Code);
        Assert.Equal(RejectionCodes.ShiftNotClaimed, Refused(Published, new Reassign(NewCommandId(), Claire, Lea.Person)).Code);
    }

    [Fact]
    public void An_approval_holds_for_its_holder_only_and_is_given_once()
    {
        var approved = ClaimedByLea.Then(new Approve(NewCommandId(), Claire));

        Assert.True(approved.View().Approved);
        Assert.Equal(RejectionCodes.AlreadyApproved, Refused(approved, new Approve(NewCommandId(), Claire)).Code);
        Assert.Equal(RejectionCodes.CoManagerOnly, Refused(ClaimedByLea, new Approve(NewCommandId(), Lea)).Code);
        Assert.False(approved.Then(new Reassign(NewCommandId(), Claire, Samir.Person)).Approved);
        Assert.False(approved.Then(new Release(NewCommandId(), Lea)).Approved);
    }

    [Fact]
    public void A_co_manager_records_a_late_finish_and_the_shift_is_ended_at_those_times()
    {
        var worked = ClaimedByLea.Then(new RecordWorked(NewCommandId(), Claire, PlannedStart, PlannedEnd.AddMinutes(45), PlannedEnd.AddHours(2)));

        Assert.Equal((ShiftStatus.Ended, PlannedStart, PlannedEnd.AddMinutes(45)), (worked.Status, worked.StartedAt!.Value, worked.EndedAt!.Value));
    }

    [Fact]
    public void Recorded_work_must_be_a_real_stretch_near_the_shift_and_in_the_past()
    {
        var now = PlannedEnd.AddHours(2);

        var backwards = Refused(ClaimedByLea, new RecordWorked(NewCommandId(), Claire, PlannedEnd, PlannedStart, now));
        var tooLong = Refused(ClaimedByLea, new RecordWorked(NewCommandId(), Claire, PlannedStart, PlannedStart.AddHours(17), now.AddDays(1)));
        var farAway = Refused(ClaimedByLea, new RecordWorked(NewCommandId(), Claire, PlannedStart.AddDays(2), PlannedEnd.AddDays(2), now.AddDays(3)));
        var future = Refused(ClaimedByLea, new RecordWorked(NewCommandId(), Claire, PlannedStart, PlannedEnd, PlannedEnd.AddMinutes(-1)));

        Assert.Equal((RejectionKind.Invalid, RejectionCodes.WorkedInvalid, "end"), (backwards.Kind, backwards.Code, backwards.Field));
        Assert.Equal(RejectionCodes.WorkedInvalid, tooLong.Code);
        Assert.Equal((RejectionCodes.WorkedInvalid, "start"), (farAway.Code, farAway.Field));
        Assert.Equal(RejectionCodes.WorkedInFuture, future.Code);
        Assert.Equal(RejectionCodes.CoManagerOnly, Refused(ClaimedByLea, new RecordWorked(NewCommandId(), Lea, PlannedStart, PlannedEnd, now)).Code);
        Assert.Equal(RejectionCodes.ShiftNotClaimed, Refused(Published, new RecordWorked(NewCommandId(), Claire, PlannedStart, PlannedEnd, now)).Code);
    }

    [Fact]
    public void A_retried_handover_is_answered_as_the_first_time()
    {
        var command = new AcceptHandover(NewCommandId(), Hugo);
        var after = OfferedToHugo.Then(command);

        var retry = Assert.IsType<Decision<IShiftEvent, ShiftView>.Repeat>(Decide(after, command));

        Assert.Equal(Hugo.Person, retry.FirstAnswer.Holder);
    }
}
