using Facilitation.Domain.Rooms;
using Facilitation.Domain.Time;
using static Facilitation.Domain.Tests.Rooms.Rooms;

namespace Facilitation.Domain.Tests.Rooms;

public class RoomDayTests
{
    [Fact]
    public void A_rooms_day_is_its_live_bookings_touching_the_day_in_time_order_a_page_at_a_time()
    {
        var state = Empty;
        var kept = new List<Booking>();
        foreach (var hour in new[] { 16, 9, 11, 14 })
        {
            (state, var booking) = Booked(state, Book(hour, hour + 1));
            kept.Add(booking);
        }
        (state, var cancelled) = Booked(state, Book(12, 13));
        state = Applied(state, RoomDecider.Decide(state, new RoomCommands.Cancel(NewCommandId(), Facilitator, cancelled.Id, false, Now), Vanves));
        var tomorrow = Book(10, 11) with { Start = At(10).AddDays(1), End = At(11).AddDays(1) };
        (state, _) = Booked(state, tomorrow);
        var day = Paris.SpanOf(new DateOnly(2026, 12, 7));

        var first = RoomDay.Page(state, day, after: null, size: 3);
        var second = RoomDay.Page(state, day, first.Next, size: 3);

        Assert.Equal(kept.OrderBy(b => b.Range.Start).Select(b => b.Id), first.Items.Concat(second.Items).Select(b => b.Id));
        Assert.Equal((3, 4, 1, 4), (first.Items.Count, first.Total, second.Items.Count, second.Total));
        Assert.Null(second.Next);
    }
}
