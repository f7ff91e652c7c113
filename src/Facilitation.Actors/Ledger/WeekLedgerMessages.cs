using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Ledger;

/// <summary>The protocol of a site-week ledger.</summary>
public static class WeekLedgerMessages
{
    /// <summary>A ledger command; answered with a <see cref="CommandResult"/>.</summary>
    public sealed record Execute(SiteId Site, IsoWeek Week, ILedgerCommand Command) : IEntityMessage
    {
        public string EntityId => EntityIds.Week(Site, Week);
    }

    /// <summary>Answered with <see cref="WeekLedgerState"/>.</summary>
    public sealed record GetWeek(SiteId Site, IsoWeek Week) : IEntityMessage
    {
        public string EntityId => EntityIds.Week(Site, Week);
    }

    /// <summary>Answered with <see cref="ShiftFound"/>.</summary>
    public sealed record GetShift(SiteId Site, ShiftId Shift) : IEntityMessage
    {
        public string EntityId => EntityIds.Week(Site, Shift.Week);
    }

    public sealed record ShiftFound(LedgerShift? Shift);
}
