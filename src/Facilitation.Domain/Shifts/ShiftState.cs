using System.Collections.Immutable;
using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Shifts;

/// <summary>The whole state of one shift; <see cref="Role"/> is null until the shift is opened.</summary>
public sealed record ShiftState(
    ShiftId Id,
    ShiftRole? Role,
    DateTimeOffset Start,
    DateTimeOffset End,
    ShiftStatus Status,
    PersonId? Holder,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long Version,
    ImmutableDictionary<CommandId, HandledCommand> Handled)
{
    public static ShiftState Empty(ShiftId id) =>
        new(id, null, default, default, ShiftStatus.Published, null, null, null, 0, ImmutableDictionary<CommandId, HandledCommand>.Empty);

    /// <summary>The colleague the holder offered the shift to, until they accept or decline.</summary>
    public PersonId? OfferedTo { get; init; }

    /// <summary>A co-manager approved the current holder's claim.</summary>
    public bool Approved { get; init; }

    public bool IsOpened => Role is not null;

    public ShiftView View() =>
        new(Id, Role ?? default, Start, End, Status, Holder, StartedAt, EndedAt, Version) { OfferedTo = OfferedTo, Approved = Approved };
}
