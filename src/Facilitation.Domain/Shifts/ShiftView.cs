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
    long Version);
