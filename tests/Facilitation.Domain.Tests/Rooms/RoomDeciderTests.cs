using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using static Facilitation.Domain.Tests.Rooms.Rooms;

namespace Facilitation.Domain.Tests.Rooms;

public class RoomDeciderTests
{
    [Fact]
    public void A_booking_is_live_with_what_was_asked()
    {
        var book = Book(10, 12, guests: 6);

        var (state, booking) = Booked(Empty, book);

        Assert.Equal((book.NewId, "salle-vanves", BookingStatus.Live, 6, "Atelier compta", "Nadia Benali", 1L),
            (booking.Id, booking.Room, booking.Status, booking.Guests, booking.Title, booking.Holder, booking.Version));
        Assert.Equal(new Facilitation.Domain.Time.TimeRange(At(10), At(12)), booking.Range);
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public void Bookings_that_only_touch_do_not_overlap()
    {
        var (state, _) = Booked(Empty, Book(10, 11));

        var (after, second) = Booked(state, Book(11, 12));

        Assert.Equal(2, after.Live.Count);
        Assert.Equal(At(11), second.Range.Start);
    }

    [Fact]
    public void An_overlapping_booking_is_refused_naming_the_booking_in_the_way()
    {
        var (state, first) = Booked(Empty, Book(10, 12, title: "Réunion SCIC"));

        var why = Refused(RoomDecider.Decide(state, Book(11, 13), Vanves));

        Assert.Equal((RejectionKind.Conflict, RoomRejectionCodes.Overlap), (why.Kind, why.Code));
        Assert.Equal((first.Id, "Réunion SCIC", first.Range), (why.Booking, why.Title, why.Range));
    }

    [Fact]
    public void A_cancelled_booking_frees_its_slot()
    {
        var (state, first) = Booked(Empty, Book(10, 12));
        state = Applied(state, RoomDecider.Decide(state, new RoomCommands.Cancel(NewCommandId(), Facilitator, first.Id, false, Now), Vanves));

        var (after, _) = Booked(state, Book(10, 12));

        Assert.Single(after.Live);
        Assert.Equal(BookingStatus.Cancelled, after.Find(first.Id)!.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Guests_must_be_between_one_and_the_rooms_capacity(int guests)
    {
        var why = Refused(RoomDecider.Decide(Empty, Book(10, 12, guests: guests), Vanves));

        Assert.Equal((RejectionKind.Invalid, RoomRejectionCodes.Guests, "guests", 8), (why.Kind, why.Code, why.Field, why.Count));
    }

    [Fact]
    public void The_room_full_is_fine()
    {
        var (_, booking) = Booked(Empty, Book(10, 12, guests: 8));

        Assert.Equal(8, booking.Guests);
    }

    [Fact]
    public void An_end_before_the_start_is_refused_on_the_end()
    {
        var why = Refused(RoomDecider.Decide(Empty, Book(12, 10), Vanves));

        Assert.Equal((RejectionKind.Invalid, RoomRejectionCodes.EndsBeforeStart, "end"), (why.Kind, why.Code, why.Field));
    }

    [Fact]
    public void A_booking_ending_in_the_past_is_refused()
    {
        var why = Refused(RoomDecider.Decide(Empty, Book(9, 10, at: At(10)), Vanves));

        Assert.Equal((RejectionKind.Invalid, RoomRejectionCodes.InThePast, "end"), (why.Kind, why.Code, why.Field));
    }

    [Fact]
    public void A_booking_may_last_a_day_and_a_privatisation_a_week_but_no_more()
    {
        var day = Book(9, 9) with { End = At(9).AddHours(24) };
        Assert.IsType<Decision<IRoomEvent, Booking>.Accept>(RoomDecider.Decide(Empty, day, Vanves));

        var tooLong = Refused(RoomDecider.Decide(Empty, day with { End = day.End.AddMinutes(1) }, Vanves));
        Assert.Equal((RoomRejectionCodes.TooLong, "end", TimeSpan.FromHours(24)), (tooLong.Code, tooLong.Field, tooLong.Limit));

        var week = Book(9, 9, BookingKind.Privatisation, CoManager) with { End = At(9).AddDays(7) };
        Assert.IsType<Decision<IRoomEvent, Booking>.Accept>(RoomDecider.Decide(Empty, week, Vanves));
        var weekTooLong = Refused(RoomDecider.Decide(Empty, week with { End = week.End.AddMinutes(1) }, Vanves));
        Assert.Equal((RoomRejectionCodes.TooLong, TimeSpan.FromDays(7)), (weekTooLong.Code, weekTooLong.Limit));
    }

    [Theory]
    [InlineData(BookingKind.Client)]
    [InlineData(BookingKind.Event)]
    [InlineData(BookingKind.Privatisation)]
    public void Only_a_co_manager_books_for_a_client_an_event_or_a_privatisation(BookingKind kind)
    {
        var why = Refused(RoomDecider.Decide(Empty, Book(10, 12, kind, Facilitator), Vanves));
        Assert.Equal((RejectionKind.Forbidden, RejectionCodes.CoManagerOnly), (why.Kind, why.Code));

        var (_, booking) = Booked(Empty, Book(10, 12, kind, CoManager));
        Assert.Equal(kind, booking.Kind);
    }

    [Fact]
    public void A_facilitator_may_not_move_or_cancel_a_clients_booking()
    {
        var (state, booking) = Booked(Empty, Book(10, 12, BookingKind.Client, CoManager));

        var move = Refused(RoomDecider.Decide(state, new RoomCommands.Move(NewCommandId(), Facilitator, booking.Id, At(13), At(14), Now), Vanves));
        var cancel = Refused(RoomDecider.Decide(state, new RoomCommands.Cancel(NewCommandId(), Facilitator, booking.Id, false, Now), Vanves));

        Assert.Equal(RejectionKind.Forbidden, move.Kind);
        Assert.Equal(RejectionKind.Forbidden, cancel.Kind);
    }

    [Fact]
    public void A_move_keeps_the_id_and_may_overlap_its_own_old_time()
    {
        var (state, booking) = Booked(Empty, Book(10, 12));

        var moved = Applied(state, RoomDecider.Decide(state, new RoomCommands.Move(NewCommandId(), Facilitator, booking.Id, At(11), At(13), Now), Vanves));

        var after = Assert.Single(moved.Live);
        Assert.Equal((booking.Id, At(11), At(13), 2L), (after.Id, after.Range.Start, after.Range.End, after.Version));
    }

    [Fact]
    public void A_move_onto_another_booking_is_refused_naming_it()
    {
        var (state, first) = Booked(Empty, Book(10, 12));
        (state, var second) = Booked(state, Book(14, 15));

        var why = Refused(RoomDecider.Decide(state, new RoomCommands.Move(NewCommandId(), Facilitator, second.Id, At(11), At(12), Now), Vanves));

        Assert.Equal((RoomRejectionCodes.Overlap, first.Id), (why.Code, why.Booking));
    }

    [Fact]
    public void A_cancelled_booking_can_be_neither_moved_nor_cancelled_again()
    {
        var (state, booking) = Booked(Empty, Book(10, 12));
        state = Applied(state, RoomDecider.Decide(state, new RoomCommands.Cancel(NewCommandId(), Facilitator, booking.Id, false, Now), Vanves));

        var move = Refused(RoomDecider.Decide(state, new RoomCommands.Move(NewCommandId(), Facilitator, booking.Id, At(13), At(14), Now), Vanves));
        var cancel = Refused(RoomDecider.Decide(state, new RoomCommands.Cancel(NewCommandId(), Facilitator, booking.Id, false, Now), Vanves));

        Assert.Equal(RoomRejectionCodes.Cancelled, move.Code);
        Assert.Equal(RoomRejectionCodes.Cancelled, cancel.Code);
    }

    [Fact]
    public void An_unknown_booking_is_not_found()
    {
        var why = Refused(RoomDecider.Decide(Empty, new RoomCommands.Cancel(NewCommandId(), Facilitator, BookingId.New(), false, Now), Vanves));

        Assert.Equal((RejectionKind.NotFound, RoomRejectionCodes.NotFound), (why.Kind, why.Code));
    }

    [Fact]
    public void A_block_of_a_whole_site_privatisation_is_cancelled_only_with_the_others()
    {
        var book = Book(10, 12, BookingKind.Privatisation, CoManager) with { SiteWide = true };
        var (state, booking) = Booked(Empty, book);

        var alone = Refused(RoomDecider.Decide(state, new RoomCommands.Cancel(NewCommandId(), CoManager, booking.Id, false, Now), Vanves));
        Assert.Equal(RoomRejectionCodes.SiteWide, alone.Code);

        var together = Applied(state, RoomDecider.Decide(state, new RoomCommands.Cancel(NewCommandId(), CoManager, booking.Id, true, Now), Vanves));
        Assert.Empty(together.Live);
    }

    [Fact]
    public void A_retried_booking_answers_the_first_booking_and_changes_nothing()
    {
        var book = Book(10, 12);
        var (state, first) = Booked(Empty, book);

        var retry = RoomDecider.Decide(state, book with { NewId = BookingId.New(), At = Now.AddMinutes(1) }, Vanves);

        Assert.Equal(first, Assert.IsType<Decision<IRoomEvent, Booking>.Repeat>(retry).FirstAnswer);
    }

    [Fact]
    public void A_command_id_used_for_another_command_is_refused()
    {
        var book = Book(10, 12);
        var (state, _) = Booked(Empty, book);

        var why = Refused(RoomDecider.Decide(state, Book(14, 15) with { CommandId = book.CommandId }, Vanves));

        Assert.Equal((RejectionKind.Conflict, RejectionCodes.CommandIdReused), (why.Kind, why.Code));
    }

    [Fact]
    public void A_derived_booking_id_is_the_same_from_the_same_words_and_parses()
    {
        var id = BookingId.Derive("casaco|priv-1");

        Assert.Equal(id, BookingId.Derive("casaco|priv-1"));
        Assert.NotEqual(id, BookingId.Derive("casaco|priv-2"));
        Assert.True(BookingId.TryParse(id.Value, out var parsed));
        Assert.Equal(id, parsed);
        Assert.False(BookingId.TryParse("ABCDEF0123", out _));
    }
}
