using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tests.Model;
using Facilitation.Domain.Time;
using static Facilitation.Domain.Ledger.LedgerCommands;
using static Facilitation.Domain.Tests.Model.Casaco;

namespace Facilitation.Domain.Tests.Ledger;

public class WeekLedgerDeciderTests
{
    private static readonly IsoWeek Week49 = IsoWeek.Parse("2026-W49");
    private static readonly Caller Claire = CoManager("claire");
    private static readonly Caller Lea = Facilitator("lea");
    private static readonly StaffMember LeaMember = Member("lea", 20);
    private static readonly StaffMember HugoMember = Member("hugo", 35);

    private static readonly WeekLedgerState EmptyWeek = WeekLedgerState.Empty(Casaco.Id, Week49);

    private static Decision<ILedgerEvent, ShiftView> Decide(WeekLedgerState state, ILedgerCommand command) =>
        WeekLedgerDecider.Decide(state, command, SiteRules, Calendar);

    private static WeekLedgerState Accepted(WeekLedgerState state, ILedgerCommand command)
    {
        var decision = Decide(state, command);
        var accept = Assert.IsType<Decision<ILedgerEvent, ShiftView>.Accept>(decision);
        return accept.Events.Aggregate(state, WeekLedgerDecider.Apply);
    }

    private static IReadOnlyList<ILedgerEvent> Events(Decision<ILedgerEvent, ShiftView> decision) =>
        Assert.IsType<Decision<ILedgerEvent, ShiftView>.Accept>(decision).Events;

    private static Rejection Refused(Decision<ILedgerEvent, ShiftView> decision) =>
        Assert.IsType<Decision<ILedgerEvent, ShiftView>.Reject>(decision).Why;

    private static Publish PublishOf(TimeRange range, Caller? by = null) =>
        new(NewCommandId(), by ?? Claire, ShiftId.New(Week49), ShiftRole.Welcome, range);

    /// <summary>The week with one more shift published by Claire, and that shift's id.</summary>
    private static (WeekLedgerState State, ShiftId Shift) WithShift(WeekLedgerState state, TimeRange range)
    {
        var publish = PublishOf(range);
        return (Accepted(state, publish), publish.NewId);
    }

    /// <summary>Eight shifts of 10 h, Monday to Saturday plus two on Sunday's eve: 80 h of the 85 h budget.</summary>
    private static WeekLedgerState EightyHoursPublished()
    {
        var state = EmptyWeek;
        var starts = new[]
        {
            At(2026, 11, 30, 8), At(2026, 12, 1, 8), At(2026, 12, 2, 8), At(2026, 12, 3, 8),
            At(2026, 12, 4, 8), At(2026, 12, 5, 8), At(2026, 12, 6, 8), At(2026, 12, 6, 8),
        };
        foreach (var start in starts) state = WithShift(state, Range(start, 10)).State;
        return state;
    }

    private static ShiftView Reported(WeekLedgerState state, ShiftId shift, ShiftStatus status, PersonId? holder, long version,
        DateTimeOffset? startedAt = null, DateTimeOffset? endedAt = null) =>
        state.Find(shift)!.View() with { Status = status, Holder = holder, StartedAt = startedAt, EndedAt = endedAt, Version = version };

    [Fact]
    public void A_co_manager_publishes_a_shift_into_the_week()
    {
        var range = Range(At(2026, 12, 1, 9), 4);
        var publish = PublishOf(range);

        var published = Assert.IsType<LedgerEvents.ShiftPublished>(Assert.Single(Events(Decide(EmptyWeek, publish))));
        var state = WeekLedgerDecider.Apply(EmptyWeek, published);

        Assert.Equal(new LedgerEvents.ShiftPublished(publish.CommandId, publish.NewId, ShiftRole.Welcome, range.Start, range.End, Claire.Person, publish.Fingerprint), published);
        Assert.Equal(ShiftStatus.Published, state.Find(publish.NewId)?.Status);
        Assert.Equal(TimeSpan.FromHours(4), state.PublishedHours);
        Assert.Equal(TimeSpan.Zero, state.ClaimedHours);
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public void Publish_is_refused_when_the_week_would_exceed_its_budget()
    {
        var full = EightyHoursPublished();

        var why = Refused(Decide(full, PublishOf(Range(At(2026, 12, 2, 19), 6.5))));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.WeekOverBudget, why.Code);
        Assert.Equal(new TimeSpan(86, 30, 0), why.Would);
        Assert.Equal(TimeSpan.FromHours(85), why.Limit);
    }

    [Fact]
    public void Publishing_up_to_exactly_the_budget_is_allowed()
    {
        var state = Accepted(EightyHoursPublished(), PublishOf(Range(At(2026, 12, 2, 19), 5)));

        Assert.Equal(TimeSpan.FromHours(85), state.PublishedHours);
        Assert.Equal(RejectionCodes.WeekOverBudget, Refused(Decide(state, PublishOf(Range(At(2026, 12, 3, 19), 0.25)))).Code);
    }

    [Fact]
    public void A_week_holds_at_most_its_number_of_shifts_cancelled_ones_included()
    {
        var state = EmptyWeek;
        for (var i = 0; i < WeekLedgerState.MaxShifts; i++)
        {
            var (next, shift) = WithShift(state, Range(At(2026, 12, 1, 9).AddMinutes(i), 0.25));
            state = i % 2 == 0 ? next : Accepted(next, new Report(Reported(next, shift, ShiftStatus.Cancelled, null, 2)));
        }

        var why = Refused(Decide(state, PublishOf(Range(At(2026, 12, 3, 9), 1))));

        Assert.True(state.CommittedHours < SiteRules.WeeklyBudget);
        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.WeekFull, why.Code);
        Assert.Equal(WeekLedgerState.MaxShifts, why.Count);
    }

    [Fact]
    public void A_facilitator_cannot_publish()
    {
        var why = Refused(Decide(EmptyWeek, PublishOf(Range(At(2026, 12, 1, 9), 4), by: Lea)));

        Assert.Equal(RejectionKind.Forbidden, why.Kind);
        Assert.Equal(RejectionCodes.CoManagerOnly, why.Code);
    }

    [Fact]
    public void A_retried_publish_returns_the_same_shift_and_persists_nothing()
    {
        var first = PublishOf(Range(At(2026, 12, 1, 9), 4));
        var state = Accepted(EmptyWeek, first);
        var retry = first with { NewId = ShiftId.New(Week49) };

        var repeat = Assert.IsType<Decision<ILedgerEvent, ShiftView>.Repeat>(Decide(state, retry));

        Assert.Equal(first.NewId, repeat.FirstAnswer.Id);
        Assert.Equal(first.Range.Start, repeat.FirstAnswer.Start);
        Assert.Single(state.Shifts);
    }

    [Fact]
    public void A_retried_publish_is_answered_even_once_the_week_is_full()
    {
        var first = PublishOf(Range(At(2026, 12, 5, 19), 5));
        var state = Accepted(EightyHoursPublished(), first);

        var repeat = Assert.IsType<Decision<ILedgerEvent, ShiftView>.Repeat>(Decide(state, first));

        Assert.Equal(first.NewId, repeat.FirstAnswer.Id);
    }

    [Fact]
    public void The_same_command_id_publishing_other_times_is_refused()
    {
        var first = PublishOf(Range(At(2026, 12, 1, 9), 4));
        var state = Accepted(EmptyWeek, first);

        var why = Refused(Decide(state, first with { Range = Range(At(2026, 12, 1, 10), 4) }));

        Assert.Equal(RejectionKind.Conflict, why.Kind);
        Assert.Equal(RejectionCodes.CommandIdReused, why.Code);
    }

    [Fact]
    public void A_shift_starting_in_another_week_is_refused()
    {
        var mondayAfter = PublishOf(Range(At(2026, 12, 7, 0, 30), 2));

        var why = Refused(Decide(EmptyWeek, mondayAfter));

        Assert.Equal(RejectionKind.Invalid, why.Kind);
        Assert.Equal("start", why.Field);
    }

    [Fact]
    public void A_shift_starting_late_on_sunday_in_paris_belongs_to_the_week_even_if_it_ends_in_the_next()
    {
        var state = Accepted(EmptyWeek, PublishOf(Range(At(2026, 12, 6, 23, 30), 2)));

        Assert.Equal(TimeSpan.FromHours(2), state.PublishedHours);
    }

    [Fact]
    public void A_shift_id_of_another_week_is_refused()
    {
        var publish = PublishOf(Range(At(2026, 12, 1, 9), 4)) with { NewId = ShiftId.New(Week49.Next()) };

        Assert.Equal(RejectionKind.Invalid, Refused(Decide(EmptyWeek, publish)).Kind);
    }

    [Fact]
    public void A_shift_longer_than_a_days_work_is_refused()
    {
        var why = Refused(Decide(EmptyWeek, PublishOf(Range(At(2026, 12, 1, 8), 11))));

        Assert.Equal(RejectionKind.Invalid, why.Kind);
        Assert.Equal(RejectionCodes.ShiftTooLong, why.Code);
        Assert.Equal(TimeSpan.FromHours(11), why.Would);
        Assert.Equal(TimeSpan.FromHours(10), why.Limit);
    }

    [Fact]
    public void A_cancelled_shift_gives_its_hours_back_to_the_budget()
    {
        var full = EightyHoursPublished();
        var (state, shift) = WithShift(full, Range(At(2026, 12, 5, 19), 5));
        var anotherFive = PublishOf(Range(At(2026, 12, 4, 19), 5));
        Assert.Equal(RejectionCodes.WeekOverBudget, Refused(Decide(state, anotherFive)).Code);

        var cancelled = Accepted(state, new Report(Reported(state, shift, ShiftStatus.Cancelled, null, 2)));

        Assert.Equal(TimeSpan.FromHours(80), cancelled.PublishedHours);
        Assert.Equal(TimeSpan.FromHours(85), Accepted(cancelled, anotherFive).PublishedHours);
    }

    [Fact]
    public void A_late_finish_takes_the_extra_hours_from_the_budget_and_an_early_one_gives_nothing_back()
    {
        var range = Range(At(2026, 12, 1, 9), 4);
        var (state, late) = WithShift(EmptyWeek, range);
        (state, var early) = WithShift(state, Range(At(2026, 12, 2, 9), 4));

        state = Accepted(state, new Report(Reported(state, late, ShiftStatus.Ended, LeaMember.Id, 4, range.Start, range.End.AddMinutes(90))));
        state = Accepted(state, new Report(Reported(state, early, ShiftStatus.Ended, LeaMember.Id, 4, At(2026, 12, 2, 9), At(2026, 12, 2, 10))));

        Assert.Equal(TimeSpan.FromHours(8), state.PublishedHours);
        Assert.Equal(new TimeSpan(9, 30, 0), state.CommittedHours);
        Assert.Equal(new TimeSpan(6, 30, 0), state.WorkedHours);
    }

    [Fact]
    public void A_late_finish_can_take_the_week_past_its_budget_and_then_nothing_more_is_published()
    {
        var (state, shift) = WithShift(EightyHoursPublished(), Range(At(2026, 12, 5, 19), 5));
        var planned = state.Find(shift)!.Planned;

        state = Accepted(state, new Report(Reported(state, shift, ShiftStatus.Ended, LeaMember.Id, 4, planned.Start, planned.End.AddHours(1))));

        Assert.Equal(TimeSpan.FromHours(85), state.PublishedHours);
        Assert.Equal(TimeSpan.FromHours(86), state.CommittedHours);
        var why = Refused(Decide(state, PublishOf(Range(At(2026, 12, 4, 19), 0.25))));
        Assert.Equal(new TimeSpan(86, 15, 0), why.Would);
    }

    [Fact]
    public void Reserve_counts_the_shifts_hours_against_the_person()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));

        var reserved = Assert.IsType<LedgerEvents.HoursReserved>(Assert.Single(Events(Decide(state, new Reserve(shift, LeaMember.Id, LeaMember)))));
        state = WeekLedgerDecider.Apply(state, reserved);

        Assert.Equal(new LedgerEvents.HoursReserved(shift, LeaMember.Id), reserved);
        Assert.Equal(ShiftStatus.Claimed, state.Find(shift)?.Status);
        Assert.Equal(LeaMember.Id, state.Find(shift)?.Holder);
        Assert.Equal(TimeSpan.FromHours(4), state.ClaimedHours);
        Assert.Equal(new[] { new PersonWeek(LeaMember.Id, TimeSpan.FromHours(4), TimeSpan.Zero, 1) }, state.People());
    }

    [Fact]
    public void Reserve_is_refused_with_the_figures_when_the_persons_contract_would_be_exceeded()
    {
        var state = EmptyWeek;
        ShiftId third = default;
        foreach (var day in new[] { 1, 2, 3 })
        {
            (state, third) = WithShift(state, Range(At(2026, 12, day, 9), 7));
            if (day < 3) state = Accepted(state, new Reserve(third, LeaMember.Id, LeaMember));
        }

        var why = Refused(Decide(state, new Reserve(third, LeaMember.Id, LeaMember)));

        Assert.Equal(RejectionCodes.ContractExceeded, why.Code);
        Assert.Equal(TimeSpan.FromHours(21), why.Would);
        Assert.Equal(TimeSpan.FromHours(20), why.Limit);
        Assert.Equal(ShiftStatus.Published, state.Find(third)?.Status);
    }

    [Fact]
    public void Reserve_for_someone_not_on_the_staff_is_refused()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));

        var why = Refused(Decide(state, new Reserve(shift, new PersonId("nobody"), null)));

        Assert.Equal(RejectionKind.NotFound, why.Kind);
        Assert.Equal(RejectionCodes.PersonUnknown, why.Code);
    }

    [Fact]
    public void Reserve_of_a_shift_the_week_does_not_hold_is_not_found()
    {
        var why = Refused(Decide(EmptyWeek, new Reserve(ShiftId.New(Week49), LeaMember.Id, LeaMember)));

        Assert.Equal(RejectionKind.NotFound, why.Kind);
        Assert.Equal(RejectionCodes.ShiftNotFound, why.Code);
    }

    [Fact]
    public void Reserve_of_a_cancelled_shift_is_refused()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));
        state = Accepted(state, new Report(Reported(state, shift, ShiftStatus.Cancelled, null, 2)));

        Assert.Equal(RejectionCodes.ShiftFinished, Refused(Decide(state, new Reserve(shift, LeaMember.Id, LeaMember))).Code);
    }

    [Fact]
    public void Reserve_again_for_the_person_already_holding_the_reservation_persists_nothing()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));
        state = Accepted(state, new Reserve(shift, LeaMember.Id, LeaMember));

        Assert.Empty(Events(Decide(state, new Reserve(shift, LeaMember.Id, LeaMember))));
    }

    [Fact]
    public void Reserve_for_another_person_re_evaluates_a_leftover_reservation_because_the_shift_is_the_authority()
    {
        // Lea's claim was interrupted after the ledger reserved her hours: the shift stayed free.
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));
        state = Accepted(state, new Reserve(shift, LeaMember.Id, LeaMember));

        state = Accepted(state, new Reserve(shift, HugoMember.Id, HugoMember));

        Assert.Equal(HugoMember.Id, state.Find(shift)?.Holder);
        Assert.Empty(state.HeldBy(LeaMember.Id));
        Assert.Equal(new[] { HugoMember.Id }, state.People().Select(p => p.Person));
    }

    [Fact]
    public void Reserve_for_another_person_checks_that_persons_rules()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 9));
        state = Accepted(state, new Reserve(shift, HugoMember.Id, HugoMember));
        var shortContract = Member("ines", 8);

        var why = Refused(Decide(state, new Reserve(shift, shortContract.Id, shortContract)));

        Assert.Equal(RejectionCodes.ContractExceeded, why.Code);
        Assert.Equal(HugoMember.Id, state.Find(shift)?.Holder);
    }

    [Fact]
    public void Report_applies_a_newer_view_of_the_shift()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));
        var view = Reported(state, shift, ShiftStatus.Claimed, LeaMember.Id, 2);

        var reported = Assert.IsType<LedgerEvents.ShiftReported>(Assert.Single(Events(Decide(state, new Report(view)))));
        state = WeekLedgerDecider.Apply(state, reported);

        Assert.Equal(new LedgerEvents.ShiftReported(shift, ShiftStatus.Claimed, LeaMember.Id, null, null, 2), reported);
        Assert.Equal(view, state.Find(shift)!.View());
    }

    [Fact]
    public void Report_of_a_view_the_ledger_already_has_persists_nothing()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));
        state = Accepted(state, new Reserve(shift, LeaMember.Id, LeaMember));

        Assert.Empty(Events(Decide(state, new Report(Reported(state, shift, ShiftStatus.Claimed, LeaMember.Id, 2)))));
    }

    [Fact]
    public void Report_ignores_a_view_older_than_the_one_the_ledger_has()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));
        state = Accepted(state, new Report(Reported(state, shift, ShiftStatus.Claimed, LeaMember.Id, 2)));
        state = Accepted(state, new Report(Reported(state, shift, ShiftStatus.Started, LeaMember.Id, 3, startedAt: At(2026, 12, 1, 9))));

        Assert.Empty(Events(Decide(state, new Report(Reported(state, shift, ShiftStatus.Claimed, LeaMember.Id, 2)))));
        Assert.Equal(ShiftStatus.Started, state.Find(shift)?.Status);
    }

    [Fact]
    public void Report_of_the_free_shift_after_an_interrupted_claim_clears_the_leftover_reservation()
    {
        var (state, shift) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 4));
        state = Accepted(state, new Report(Reported(state, shift, ShiftStatus.Published, null, 1)));
        state = Accepted(state, new Reserve(shift, LeaMember.Id, LeaMember));

        state = Accepted(state, new Report(Reported(state, shift, ShiftStatus.Published, null, 1)));

        Assert.Equal(ShiftStatus.Published, state.Find(shift)?.Status);
        Assert.Null(state.Find(shift)?.Holder);
        Assert.Empty(state.People());
    }

    [Fact]
    public void Report_of_a_shift_the_week_does_not_hold_persists_nothing()
    {
        var stranger = new ShiftView(ShiftId.New(Week49), ShiftRole.Cleaning, At(2026, 12, 1, 9), At(2026, 12, 1, 10), ShiftStatus.Claimed, LeaMember.Id, null, null, 3);

        Assert.Empty(Events(Decide(EmptyWeek, new Report(stranger))));
    }

    [Fact]
    public void People_sums_each_persons_claimed_and_worked_hours()
    {
        var (state, monday) = WithShift(EmptyWeek, Range(At(2026, 11, 30, 9), 4));
        (state, var tuesday) = WithShift(state, Range(At(2026, 12, 1, 9), 3));
        (state, var hugos) = WithShift(state, Range(At(2026, 12, 1, 14), 2));
        state = Accepted(state, new Report(Reported(state, monday, ShiftStatus.Ended, LeaMember.Id, 4, At(2026, 11, 30, 9), At(2026, 11, 30, 12))));
        state = Accepted(state, new Reserve(tuesday, LeaMember.Id, LeaMember));
        state = Accepted(state, new Reserve(hugos, HugoMember.Id, HugoMember));

        Assert.Equal(
            new[]
            {
                new PersonWeek(HugoMember.Id, TimeSpan.FromHours(2), TimeSpan.Zero, 1),
                new PersonWeek(LeaMember.Id, TimeSpan.FromHours(7), TimeSpan.FromHours(3), 2),
            },
            state.People());
    }

    [Fact]
    public void An_early_finish_does_not_give_the_person_contract_hours_back()
    {
        // Léa (20 h) holds Tuesday and Wednesday 09–16 (14 h) and leaves Tuesday at 10:00: she is
        // still paid 7 h for it, so Thursday 09–16 would make 21 h of her 20 h.
        var (state, tuesday) = WithShift(EmptyWeek, Range(At(2026, 12, 1, 9), 7));
        (state, var wednesday) = WithShift(state, Range(At(2026, 12, 2, 9), 7));
        (state, var thursday) = WithShift(state, Range(At(2026, 12, 3, 9), 7));
        state = Accepted(state, new Reserve(tuesday, Lea.Person, LeaMember));
        state = Accepted(state, new Reserve(wednesday, Lea.Person, LeaMember));
        state = Accepted(state, new Report(Reported(state, tuesday, ShiftStatus.Ended, Lea.Person, 5, At(2026, 12, 1, 9), At(2026, 12, 1, 10))));

        var why = Refused(Decide(state, new Reserve(thursday, Lea.Person, LeaMember)));

        Assert.Equal(RejectionCodes.ContractExceeded, why.Code);
        Assert.Equal(TimeSpan.FromHours(21), why.Would);
        Assert.Equal(TimeSpan.FromHours(20), why.Limit);
    }
}
