using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Actors.Shifts;

/// <summary>The protocol of one shift.</summary>
public static class ShiftMessages
{
    /// <summary>A shift command; answered with a <see cref="CommandResult"/>.</summary>
    public sealed record Execute(SiteId Site, ShiftId Shift, IShiftCommand Command) : IEntityMessage
    {
        public string EntityId => EntityIds.Shift(Site, Shift);
    }

    /// <summary>The shift's own state, as it holds it (not its ledger's copy); answered with <see cref="State"/>.</summary>
    public sealed record GetState(SiteId Site, ShiftId Shift) : IEntityMessage
    {
        public string EntityId => EntityIds.Shift(Site, Shift);
    }

    /// <summary>Null view when the shift was never opened here.</summary>
    public sealed record State(ShiftView? View);
}
