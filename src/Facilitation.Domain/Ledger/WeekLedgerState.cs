using System.Collections.Immutable;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ledger;

/// <summary>
/// One site-week: every shift published in it and who holds it. The only writer of the week's
/// budget and of each person's weekly hours.
/// </summary>
public sealed record WeekLedgerState(
    SiteId Site,
    IsoWeek Week,
    ImmutableSortedDictionary<string, LedgerShift> Shifts,
    ImmutableDictionary<CommandId, PublishRecord> Published,
    long Version)
{
    /// <summary>
    /// The most shifts a week holds, cancelled and no-show ones included (they stay in the week):
    /// the budget alone bounds nothing, a shift having no shortest length. Casaco publishes about
    /// 25 a week. It bounds the week a ledger answers across the cluster — every shift and the
    /// publish behind it — under the 128,000 bytes of a message between nodes (the actor tests'
    /// reply-size test builds the largest week).
    /// </summary>
    public const int MaxShifts = 150;

    public static WeekLedgerState Empty(SiteId site, IsoWeek week) =>
        new(site, week, ImmutableSortedDictionary<string, LedgerShift>.Empty, ImmutableDictionary<CommandId, PublishRecord>.Empty, 0);

    public LedgerShift? Find(ShiftId id) => Shifts.GetValueOrDefault(id.Value);

    public IEnumerable<LedgerShift> Live => Shifts.Values.Where(s => s.IsLive);

    /// <summary>Planned hours of the shifts that still count.</summary>
    public TimeSpan PublishedHours => Sum(Live.Select(s => s.Planned.Duration));

    public TimeSpan ClaimedHours => Sum(Live.Where(s => s.IsHeld).Select(s => s.Planned.Duration));

    public TimeSpan WorkedHours => Sum(Live.Select(s => s.Worked));

    /// <summary>What the week has spent of its budget (planned hours, or worked hours where more).</summary>
    public TimeSpan CommittedHours => Sum(Live.Select(s => s.Committed));

    public IEnumerable<LedgerShift> HeldBy(PersonId person) => Live.Where(s => s.IsHeldBy(person));

    public IReadOnlyList<PersonWeek> People() =>
        Live.Where(s => s.IsHeld && s.Holder is not null)
            .GroupBy(s => s.Holder!.Value)
            .Select(g => new PersonWeek(g.Key, Sum(g.Select(s => s.Planned.Duration)), Sum(g.Select(s => s.Worked)), g.Count()))
            .OrderBy(p => p.Person.Value, StringComparer.Ordinal)
            .ToList();

    private static TimeSpan Sum(IEnumerable<TimeSpan> spans) => spans.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}
