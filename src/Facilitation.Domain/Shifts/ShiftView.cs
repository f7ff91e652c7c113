using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Shifts;

/// <summary>What a shift looks like from outside at one version: the answer to every command.</summary>
public sealed record ShiftView(
    ShiftId Id,
    ShiftRole Role,
    DateTimeOffset Start,
    DateTimeOffset End,
    ShiftStatus Status,
    PersonId? Holder,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long Version)
{
    /// <summary>The colleague the holder offered the shift to, until they accept or decline.</summary>
    public PersonId? OfferedTo { get; init; }

    /// <summary>A co-manager approved the current holder's claim.</summary>
    public bool Approved { get; init; }
}
