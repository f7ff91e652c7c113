using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Tests.Model;

/// <summary>
/// Whether two states hold the same values. The records compare their immutable dictionaries by
/// reference, so a state rebuilt from events is never <c>==</c> to the live one; this compares contents.
/// </summary>
public static class StateEquality
{
    public static bool Same(WeekLedgerState a, WeekLedgerState b) =>
        a.Site == b.Site
        && a.Week == b.Week
        && a.Version == b.Version
        && a.Shifts.Count == b.Shifts.Count
        && a.Shifts.All(kv => b.Shifts.TryGetValue(kv.Key, out var other) && other == kv.Value)
        && a.Published.Count == b.Published.Count
        && a.Published.All(kv => b.Published.TryGetValue(kv.Key, out var other) && other == kv.Value);

    public static bool Same(ShiftState a, ShiftState b) =>
        a with { Handled = b.Handled } == b
        && a.Handled.Count == b.Handled.Count
        && a.Handled.All(kv => b.Handled.TryGetValue(kv.Key, out var other) && other == kv.Value);
}
