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

    /// <summary>
    /// Answered with the whole <see cref="WeekLedgerState"/>: a week is bounded by its rules, at most
    /// <see cref="WeekLedgerState.MaxShifts"/> shifts with their publishes, so it crosses between nodes.
    /// </summary>
    public sealed record GetWeek(SiteId Site, IsoWeek Week) : IEntityMessage
    {
        public string EntityId => EntityIds.Week(Site, Week);
    }

    /// <summary>Answered with <see cref="ShiftFound"/>: one shift.</summary>
    public sealed record GetShift(SiteId Site, ShiftId Shift) : IEntityMessage
    {
        public string EntityId => EntityIds.Week(Site, Shift.Week);
    }

    public sealed record ShiftFound(LedgerShift? Shift);
}
