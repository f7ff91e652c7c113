using FsCheck.Xunit;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using static Facilitation.Domain.Tests.Rooms.Rooms;

namespace Facilitation.Domain.Tests.Rooms;

/// <summary>
/// Random sequences of bookings, moves, cancellations and retries on one room, played through the
/// decider with the clock moving on between steps; every step's state is checked.
/// </summary>
public class RoomProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(RoomScripts)])]
    public void Two_live_bookings_of_a_room_never_overlap(RoomStep[] script)
    {
        foreach (var state in Play(script).States)
        {
            var live = state.Live;
            for (var i = 1; i < live.Count; i++)
                Assert.True(live[i - 1].Range.End <= live[i].Range.Start, $"{live[i - 1].Range} overlaps {live[i].Range}");
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(RoomScripts)])]
    public void A_live_booking_never_has_more_guests_than_the_room_holds_nor_none(RoomStep[] script)
    {
        foreach (var state in Play(script).States)
            Assert.All(state.Live, b => Assert.InRange(b.Guests, 1, Vanves.Capacity));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(RoomScripts)])]
    public void Folding_the_rooms_events_from_scratch_gives_the_room_it_had_when_running(RoomStep[] script)
    {
        var played = Play(script);

        var replayed = played.Events.Aggregate(Empty, RoomDecider.Apply);

        var live = played.States[^1];
        Assert.Equal(live.Version, replayed.Version);
        Assert.Equal(live.Bookings.Values, replayed.Bookings.Values);
        Assert.Equal(live.Handled.OrderBy(h => h.Key.Value), replayed.Handled.OrderBy(h => h.Key.Value));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(RoomScripts)])]
    public void A_retried_command_that_was_applied_is_answered_as_a_repeat_and_changes_nothing(RoomStep[] script)
    {
        var played = Play(script);

        Assert.All(played.Retries, r => Assert.IsType<Decision<IRoomEvent, Booking>.Repeat>(r));
    }

    /// <summary>The properties say little if the scripts never reach the moves: a fixed sample must book, refuse an overlap and the guests, move and cancel.</summary>
    [Fact]
    public void Generated_scripts_reach_every_move_and_the_main_refusals()
    {
        var outcomes = FsCheck.Fluent.Gen.Sample(RoomScripts.Script, 40, new FsCheck.Rnd(2026), 100)
            .SelectMany(s => Play(s).Outcomes).ToHashSet();

        foreach (var expected in new[] { "Booked", "Moved", "Cancelled", "Repeat", RoomRejectionCodes.Overlap, RoomRejectionCodes.Guests, RejectionCodes.CoManagerOnly })
            Assert.Contains(expected, outcomes);
    }

    private sealed record Played(List<RoomState> States, List<IRoomEvent> Events, List<Decision<IRoomEvent, Booking>> Retries, List<string> Outcomes);

    private static Played Play(RoomStep[] script)
    {
        var state = Empty;
        var now = At(7);
        var played = new Played([state], [], [], []);
        var sent = new List<IRoomCommand>();
        foreach (var step in script)
        {
            now = now.AddMinutes(step.Minutes);
            var by = step.ByCoManager ? CoManager : Facilitator;
            var start = At(0).AddMinutes(15 * step.Slot);
            var end = start.AddMinutes(15 * step.Quarters);
            var ids = state.Bookings.Values.Select(b => b.Id).ToList();
            var target = ids.Count == 0 ? BookingId.New() : ids[step.Pick % ids.Count];
            IRoomCommand command = step.Op switch
            {
                0 => new RoomCommands.Book(NewCommandId(), by, BookingId.New(), start, end, (BookingKind)step.Kind, "Réunion", "Nadia", step.Guests, false, false, now),
                1 => new RoomCommands.Move(NewCommandId(), by, target, start, end, now),
                2 => new RoomCommands.Cancel(NewCommandId(), by, target, false, now),
                _ when sent.Count > 0 => Retried(sent[step.Pick % sent.Count], now),
                _ => new RoomCommands.Cancel(NewCommandId(), by, target, false, now),
            };
            var decision = RoomDecider.Decide(state, command, Vanves);
            if (step.Op == 3 && sent.Count > 0) played.Retries.Add(decision);
            switch (decision)
            {
                case Decision<IRoomEvent, Booking>.Accept accept:
                    sent.Add(command); // a refused command is not remembered: sent again, it is decided afresh
                    foreach (var e in accept.Events)
                    {
                        state = RoomDecider.Apply(state, e);
                        played.Events.Add(e);
                        played.Outcomes.Add(e.GetType().Name);
                    }
                    break;
                case Decision<IRoomEvent, Booking>.Reject reject:
                    played.Outcomes.Add(reject.Why.Code);
                    break;
                default:
                    played.Outcomes.Add("Repeat");
                    break;
            }
            played.States.Add(state);
        }
        return played;
    }

    /// <summary>The same applied command sent again later; a new booking id, as a retrying client may make.</summary>
    private static IRoomCommand Retried(IRoomCommand command, DateTimeOffset now) => command switch
    {
        RoomCommands.Book b => b with { NewId = BookingId.New(), At = now },
        RoomCommands.Move m => m with { At = now },
        RoomCommands.Cancel c => c with { At = now },
        _ => command,
    };
}
