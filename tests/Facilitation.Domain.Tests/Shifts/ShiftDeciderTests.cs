using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tests.Model;
using static Facilitation.Domain.Shifts.ShiftCommands;
using static Facilitation.Domain.Tests.Model.Casaco;

namespace Facilitation.Domain.Tests.Shifts;

public class ShiftDeciderTests
{
    private static readonly Caller Lea = Facilitator("lea");
    private static readonly Caller Hugo = Facilitator("hugo");
    private static readonly Caller Claire = CoManager("claire");

    private static readonly ShiftState Published = ShiftStates.Opened(ShiftStates.TuesdayMorning);
    private static readonly DateTimeOffset PlannedStart = ShiftStates.TuesdayMorning.Start;
    private static readonly DateTimeOffset PlannedEnd = ShiftStates.TuesdayMorning.End;

    private static ShiftState ClaimedByLea => Published.Then(new Claim(NewCommandId(), Lea, Lea.Person));

    private static ShiftState StartedByLea => ClaimedByLea.Then(new Start(NewCommandId(), Lea, PlannedStart));

    private static Decision<IShiftEvent, ShiftView> Decide(ShiftState state, IShiftCommand command) =>
        ShiftDecider.Decide(state, command, SiteRules);

    private static Rejection Refused(Decision<IShiftEvent, ShiftView> decision) =>
        Assert.IsType<Decision<IShiftEvent, ShiftView>.Reject>(decision).Why;

    private static T OnlyEvent<T>(Decision<IShiftEvent, ShiftView> decision) =>
        Assert.IsType<T>(Assert.Single(Assert.IsType<Decision<IShiftEvent, ShiftView>.Accept>(decision).Events));

    [Fact]
    public void An_opened_shift_is_published_with_its_role_and_times()
    {
        Assert.True(Published.IsOpened);
        Assert.Equal(ShiftStatus.Published, Published.Status);
        Assert.Equal(ShiftRole.Welcome, Published.Role);
        Assert.Equal(PlannedStart, Published.Start);
        Assert.Equal(PlannedEnd, Published.End);
        Assert.Null(Published.Holder);
        Assert.Equal(1, Published.Version);
    }

    [Fact]
    public void A_shift_never_opened_is_not_found()
    {
        var never = ShiftState.Empty(Published.Id);

        var why = Refused(Decide(never, new Claim(NewCommandId(), Lea, Lea.Person)));

        Assert.Equal(RejectionKind.NotFound, why.Kind);
        Assert.Equal(RejectionCodes.ShiftNotFound, why.Code);
    }

    [Fact]
    public void A_facilitator_claims_a_published_shift_for_themselves()
    {
        var command = new Claim(NewCommandId(), Lea, Lea.Person);

        var claimed = OnlyEvent<ShiftEvents.Claimed>(Decide(Published, command));
        var state = ShiftDecider.Apply(Published, claimed);

        Assert.Equal(new ShiftEvents.Claimed(command.CommandId, Lea.Person, Lea.Person), claimed);
        Assert.Equal(ShiftStatus.Claimed, state.Status);
        Assert.Equal(Lea.Person, state.Holder);
        Assert.Equal(Published.Version + 1, state.Version);
        Assert.Equal(Lea.Person, ShiftDecider.NeedsHoursOf(claimed));
    }

    [Fact]
    public void Only_a_new_holder_needs_the_week_ledger_to_reserve_hours()
    {
        var others = new IShiftEvent[]
        {
            new ShiftEvents.Released(NewCommandId(), Lea.Person, Lea.Person),
            new ShiftEvents.Started(NewCommandId(), PlannedStart, Lea.Person),
            new ShiftEvents.Ended(NewCommandId(), PlannedEnd, Lea.Person),
            new ShiftEvents.Cancelled(NewCommandId(), Claire.Person),
            new ShiftEvents.MarkedNoShow(NewCommandId(), PlannedStart, Claire.Person),
            new ShiftEvents.HandoverOffered(NewCommandId(), Lea.Person, Claire.Person),
            new ShiftEvents.HandoverDeclined(NewCommandId(), Claire.Person, Claire.Person),
            new ShiftEvents.Approved(NewCommandId(), Lea.Person, Claire.Person),
            new ShiftEvents.WorkRecorded(NewCommandId(), PlannedStart, PlannedEnd, Claire.Person),
        };

        Assert.All(others, e => Assert.Null(ShiftDecider.NeedsHoursOf(e)));
        Assert.Equal(Claire.Person, ShiftDecider.NeedsHoursOf(new ShiftEvents.Reassigned(NewCommandId(), Lea.Person, Claire.Person, Claire.Person)));
        Assert.Equal(Claire.Person, ShiftDecider.NeedsHoursOf(new ShiftEvents.HandedOver(NewCommandId(), Lea.Person, Claire.Person)));
    }

    [Fact]
    public void A_co_manager_may_claim_a_shift_for_someone_else()
    {
        var claimed = OnlyEvent<ShiftEvents.Claimed>(Decide(Published, new Claim(NewCommandId(), Claire, Lea.Person)));

        Assert.Equal(Lea.Person, claimed.Holder);
        Assert.Equal(Claire.Person, claimed.By);
    }

    [Fact]
    public void A_facilitator_claiming_for_someone_else_is_forbidden()
    {
        var why = Refused(Decide(Published, new Claim(NewCommandId(), Hugo, Lea.Person)));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(RejectionCodes.CoManagerOnly, why.Code);
    }

    [Fact]
    public void Claim_of_a_claimed_shift_is_refused_naming_its_holder()
    {
        var why = Refused(Decide(ClaimedByLea, new Claim(NewCommandId(), Hugo, Hugo.Person)));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.ShiftHeld, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Claim_of_a_started_shift_is_refused_naming_its_holder()
    {
        var why = Refused(Decide(StartedByLea, new Claim(NewCommandId(), Claire, Hugo.Person)));

        Assert.Equal(RejectionCodes.ShiftHeld, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Claim_of_ones_own_shift_again_says_it_is_already_yours()
    {
        var why = Refused(Decide(ClaimedByLea, new Claim(NewCommandId(), Lea, Lea.Person)));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.ShiftAlreadyYours, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void Claim_of_a_cancelled_shift_is_refused_as_finished()
    {
        var cancelled = Published.Then(new Cancel(NewCommandId(), Claire));

        var why = Refused(Decide(cancelled, new Claim(NewCommandId(), Lea, Lea.Person)));

        Assert.Equal(RejectionCodes.ShiftFinished, why.Code);
    }

    [Fact]
    public void The_holder_releases_a_claimed_shift_and_it_is_published_again()
    {
        var released = OnlyEvent<ShiftEvents.Released>(Decide(ClaimedByLea, new Release(NewCommandId(), Lea)));
        var state = ShiftDecider.Apply(ClaimedByLea, released);

        Assert.Equal(Lea.Person, released.PreviousHolder);
        Assert.Equal(ShiftStatus.Published, state.Status);
        Assert.Null(state.Holder);
    }

    [Fact]
    public void A_released_shift_can_be_claimed_by_someone_else()
    {
        var released = ClaimedByLea.Then(new Release(NewCommandId(), Lea));

        var state = released.Then(new Claim(NewCommandId(), Hugo, Hugo.Person));

        Assert.Equal(Hugo.Person, state.Holder);
    }

    [Fact]
    public void Release_by_someone_who_does_not_hold_the_shift_is_forbidden()
    {
        var why = Refused(Decide(ClaimedByLea, new Release(NewCommandId(), Hugo)));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(RejectionCodes.ShiftNotHolder, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void A_co_manager_may_release_someone_elses_shift()
    {
        var released = OnlyEvent<ShiftEvents.Released>(Decide(ClaimedByLea, new Release(NewCommandId(), Claire)));

        Assert.Equal(Lea.Person, released.PreviousHolder);
        Assert.Equal(Claire.Person, released.By);
    }

    [Fact]
    public void Release_of_a_shift_nobody_holds_is_refused()
    {
        Assert.Equal(RejectionCodes.ShiftNotClaimed, Refused(Decide(Published, new Release(NewCommandId(), Lea))).Code);
    }

    [Fact]
    public void Release_of_a_started_shift_is_refused()
    {
        var why = Refused(Decide(StartedByLea, new Release(NewCommandId(), Lea)));

        Assert.Equal(RejectionCodes.ShiftAlreadyStarted, why.Code);
        Assert.Equal(Lea.Person, why.Holder);
    }

    [Fact]
    public void The_holder_may_start_up_to_half_an_hour_early()
    {
        var at = PlannedStart.AddMinutes(-30);

        var started = OnlyEvent<ShiftEvents.Started>(Decide(ClaimedByLea, new Start(NewCommandId(), Lea, at)));
        var state = ShiftDecider.Apply(ClaimedByLea, started);

        Assert.Equal(ShiftStatus.Started, state.Status);
        Assert.Equal(at, state.StartedAt);
    }

    [Fact]
    public void Start_more_than_half_an_hour_early_is_refused_with_the_figures()
    {
        var why = Refused(Decide(ClaimedByLea, new Start(NewCommandId(), Lea, PlannedStart.AddMinutes(-31))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.ShiftTooEarlyToStart, why.Code);
        Assert.Equal(TimeSpan.FromMinutes(31), why.Would);
        Assert.Equal(TimeSpan.FromMinutes(30), why.Limit);
    }

    [Fact]
    public void Start_at_or_after_the_planned_end_is_refused_as_finished()
    {
        Assert.Equal(RejectionCodes.ShiftFinished, Refused(Decide(ClaimedByLea, new Start(NewCommandId(), Lea, PlannedEnd))).Code);
    }

    [Fact]
    public void Start_by_a_facilitator_who_does_not_hold_the_shift_is_forbidden()
    {
        var why = Refused(Decide(ClaimedByLea, new Start(NewCommandId(), Hugo, PlannedStart)));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(RejectionCodes.ShiftNotHolder, why.Code);
    }

    [Fact]
    public void Start_of_an_unclaimed_shift_is_refused()
    {
        Assert.Equal(RejectionCodes.ShiftNotClaimed, Refused(Decide(Published, new Start(NewCommandId(), Lea, PlannedStart))).Code);
    }

    [Fact]
    public void Start_of_a_started_shift_is_refused()
    {
        Assert.Equal(RejectionCodes.ShiftAlreadyStarted, Refused(Decide(StartedByLea, new Start(NewCommandId(), Lea, PlannedStart))).Code);
    }

    [Fact]
    public void The_holder_ends_a_started_shift_at_the_time_given()
    {
        var at = PlannedEnd.AddMinutes(20);

        var ended = OnlyEvent<ShiftEvents.Ended>(Decide(StartedByLea, new End(NewCommandId(), Lea, at)));
        var state = ShiftDecider.Apply(StartedByLea, ended);

        Assert.Equal(ShiftStatus.Ended, state.Status);
        Assert.Equal(PlannedStart, state.StartedAt);
        Assert.Equal(at, state.EndedAt);
    }

    [Fact]
    public void End_before_or_at_the_start_is_refused()
    {
        Assert.Equal(RejectionCodes.ShiftNotStarted, Refused(Decide(StartedByLea, new End(NewCommandId(), Lea, PlannedStart.AddMinutes(-1)))).Code);
        Assert.Equal(RejectionCodes.ShiftNotStarted, Refused(Decide(StartedByLea, new End(NewCommandId(), Lea, PlannedStart))).Code);
    }

    [Fact]
    public void End_of_a_shift_not_started_is_refused()
    {
        Assert.Equal(RejectionCodes.ShiftNotStarted, Refused(Decide(ClaimedByLea, new End(NewCommandId(), Lea, PlannedEnd))).Code);
    }

    [Fact]
    public void End_by_a_facilitator_who_does_not_hold_the_shift_is_forbidden()
    {
        Assert.Equal(RejectionKind.Forbidden, Refused(Decide(StartedByLea, new End(NewCommandId(), Hugo, PlannedEnd))).Kind);
    }

    [Fact]
    public void End_of_an_ended_shift_is_refused_as_finished()
    {
        var ended = StartedByLea.Then(new End(NewCommandId(), Lea, PlannedEnd));

        Assert.Equal(RejectionCodes.ShiftFinished, Refused(Decide(ended, new End(NewCommandId(), Lea, PlannedEnd.AddMinutes(5)))).Code);
    }

    [Fact]
    public void Cancel_by_a_facilitator_is_forbidden()
    {
        var why = Refused(Decide(ClaimedByLea, new Cancel(NewCommandId(), Lea)));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(RejectionCodes.CoManagerOnly, why.Code);
    }

    [Fact]
    public void A_co_manager_cancels_a_published_or_claimed_shift()
    {
        Assert.Equal(ShiftStatus.Cancelled, Published.Then(new Cancel(NewCommandId(), Claire)).Status);
        Assert.Equal(ShiftStatus.Cancelled, ClaimedByLea.Then(new Cancel(NewCommandId(), Claire)).Status);
    }

    [Fact]
    public void Cancel_of_a_started_shift_is_refused()
    {
        Assert.Equal(RejectionCodes.ShiftAlreadyStarted, Refused(Decide(StartedByLea, new Cancel(NewCommandId(), Claire))).Code);
    }

    [Fact]
    public void No_show_before_a_quarter_of_an_hour_past_the_start_is_refused_with_the_figures()
    {
        var why = Refused(Decide(ClaimedByLea, new MarkNoShow(NewCommandId(), Claire, PlannedStart.AddMinutes(14))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.ShiftTooEarlyForNoShow, why.Code);
        Assert.Equal(TimeSpan.FromMinutes(14), why.Would);
        Assert.Equal(TimeSpan.FromMinutes(15), why.Limit);
    }

    [Fact]
    public void A_co_manager_marks_a_no_show_a_quarter_of_an_hour_past_the_start()
    {
        var state = ClaimedByLea.Then(new MarkNoShow(NewCommandId(), Claire, PlannedStart.AddMinutes(15)));

        Assert.Equal(ShiftStatus.NoShow, state.Status);
    }

    [Fact]
    public void No_show_by_a_facilitator_is_forbidden()
    {
        Assert.Equal(RejectionKind.Forbidden, Refused(Decide(ClaimedByLea, new MarkNoShow(NewCommandId(), Hugo, PlannedEnd))).Kind);
    }

    [Fact]
    public void No_show_of_a_started_or_unclaimed_shift_is_refused()
    {
        Assert.Equal(RejectionCodes.ShiftAlreadyStarted, Refused(Decide(StartedByLea, new MarkNoShow(NewCommandId(), Claire, PlannedEnd))).Code);
        Assert.Equal(RejectionCodes.ShiftNotClaimed, Refused(Decide(Published, new MarkNoShow(NewCommandId(), Claire, PlannedEnd))).Code);
    }

    [Fact]
    public void A_repeated_command_id_with_the_same_command_returns_the_first_answer_and_no_events()
    {
        var claim = new Claim(NewCommandId(), Lea, Lea.Person);
        var claimed = Published.Then(claim);

        var repeat = Assert.IsType<Decision<IShiftEvent, ShiftView>.Repeat>(Decide(claimed, claim));

        Assert.Equal(claimed.View(), repeat.FirstAnswer);
    }

    [Fact]
    public void A_repeat_answers_as_the_first_time_even_after_the_shift_has_moved_on()
    {
        var claim = new Claim(NewCommandId(), Lea, Lea.Person);
        var claimed = Published.Then(claim);
        var releasedThenTakenByHugo = claimed
            .Then(new Release(NewCommandId(), Lea))
            .Then(new Claim(NewCommandId(), Hugo, Hugo.Person));

        var repeat = Assert.IsType<Decision<IShiftEvent, ShiftView>.Repeat>(Decide(releasedThenTakenByHugo, claim));

        Assert.Equal(Lea.Person, repeat.FirstAnswer.Holder);
        Assert.Equal(claimed.Version, repeat.FirstAnswer.Version);
        Assert.Equal(Hugo.Person, releasedThenTakenByHugo.Holder);
    }

    [Fact]
    public void A_retried_start_with_a_later_clock_reading_is_the_same_command()
    {
        var start = new Start(NewCommandId(), Lea, PlannedStart);
        var started = ClaimedByLea.Then(start);

        var repeat = Assert.IsType<Decision<IShiftEvent, ShiftView>.Repeat>(Decide(started, start with { At = PlannedStart.AddSeconds(40) }));

        Assert.Equal(PlannedStart, repeat.FirstAnswer.StartedAt);
    }

    [Fact]
    public void The_same_command_id_used_for_a_different_command_is_refused()
    {
        var id = NewCommandId();
        var claimed = Published.Then(new Claim(id, Lea, Lea.Person));

        var why = Refused(Decide(claimed, new Release(id, Lea)));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.CommandIdReused, why.Code);
    }

    [Fact]
    public void The_same_command_id_claiming_for_another_person_is_a_different_command()
    {
        var id = NewCommandId();
        var claimed = Published.Then(new Claim(id, Claire, Lea.Person));

        Assert.Equal(RejectionCodes.CommandIdReused, Refused(Decide(claimed, new Claim(id, Claire, Hugo.Person))).Code);
    }

    [Fact]
    public void A_refused_command_is_not_remembered_and_its_retry_is_decided_afresh()
    {
        var hugosClaim = new Claim(NewCommandId(), Hugo, Hugo.Person);
        Refused(Decide(ClaimedByLea, hugosClaim));
        var releasedByLea = ClaimedByLea.Then(new Release(NewCommandId(), Lea));

        var claimed = OnlyEvent<ShiftEvents.Claimed>(Decide(releasedByLea, hugosClaim));

        Assert.Equal(Hugo.Person, claimed.Holder);
    }

    [Fact]
    public void Every_applied_event_raises_the_version_by_one()
    {
        var ended = StartedByLea.Then(new End(NewCommandId(), Lea, PlannedEnd));

        Assert.Equal(4, ended.Version);
        Assert.Equal(ended.Version, ended.View().Version);
    }
}
