using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Presence;

/// <summary>A member in the building, and the desk they took, if any.</summary>
public sealed record PresentMember(PersonId Member, string? Desk, DateTimeOffset At);
