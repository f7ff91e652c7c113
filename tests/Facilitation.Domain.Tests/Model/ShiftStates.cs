using Facilitation.Domain.Ids;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Model;

/// <summary>Shift states built the way the shift actor builds them: by deciding commands and applying their events.</summary>
public static class ShiftStates
{
    /// <summary>Tuesday 1 December 2026, 09:00–13:00 in Paris.</summary>
    public static readonly TimeRange TuesdayMorning = Casaco.Range(Casaco.At(2026, 12, 1, 9), 4);

    public static ShiftState Opened(TimeRange range, ShiftRole role = ShiftRole.Welcome)
    {
        var id = ShiftId.New(Casaco.Calendar.WeekOf(range.Start));
        return ShiftDecider.Apply(ShiftState.Empty(id), new ShiftEvents.Opened(id, role, range.Start, range.End));
    }

    /// <summary>The state after a command the decider must accept.</summary>
    public static ShiftState Then(this ShiftState state, IShiftCommand command)
    {
        var decision = ShiftDecider.Decide(state, command, Casaco.SiteRules);
        if (decision is not Decision<IShiftEvent, ShiftView>.Accept accept)
            throw new InvalidOperationException($"expected {command} to be accepted, got {decision}");
        return accept.Events.Aggregate(state, ShiftDecider.Apply);
    }
}
