using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Presence;

/// <summary>
/// The answer to a presence command: who, which desk, what the pass was charged and what is left
/// on it (null for a subscription or a visitor), and the count in the building after it.
/// </summary>
public sealed record PresenceAnswer(PersonId? Member, VisitorId? Visitor, string? Desk, int Charged, int? UnitsLeft, int Count);
