using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Presence;

/// <summary>A visitor in the building, and whom they came to see (a member or someone on staff).</summary>
public sealed record PresentVisitor(VisitorId Id, string Name, PersonId Host, DateTimeOffset At)
{
    public const int MaxNameLength = 80;
}
