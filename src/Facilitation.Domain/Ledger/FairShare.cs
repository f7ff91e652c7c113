using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Ledger;

/// <summary>
/// One person's part of the week: their share of the site's budget (in proportion to their
/// contract), the hours they hold, and how much of their share that is.
/// </summary>
/// <param name="Share">Budget × contract ÷ all contracts: 85 h × 20 ÷ 155 ≈ 11 h for Léa at Casaco.</param>
/// <param name="Held">The hours they hold this week (planned, or worked where more).</param>
/// <param name="Coverage">Held ÷ share: 0 for nothing yet, 1 for exactly their share.</param>
public sealed record FairShare(PersonId Person, TimeSpan Contract, TimeSpan Share, TimeSpan Held, double Coverage)
{
    /// <summary>Positive when under their share, negative when over.</summary>
    public TimeSpan Gap => Share - Held;
}
