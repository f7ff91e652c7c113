using Facilitation.Domain.Presence;

namespace Facilitation.Web.Presence;

/// <summary>The answer to a check-in or check-out: who, where, what the pass was charged and what is left, and the count.</summary>
public sealed record PresenceDto(string? Member, string? Visitor, string? Desk, int Charged, int? UnitsLeft, int Count, int Capacity)
{
    public static PresenceDto From(PresenceAnswer answer, int capacity) =>
        new(answer.Member?.Value, answer.Visitor?.Value, answer.Desk, answer.Charged, answer.UnitsLeft, answer.Count, capacity);
}
