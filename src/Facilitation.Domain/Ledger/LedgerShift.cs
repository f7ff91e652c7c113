using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ledger;

/// <summary>A shift as its week ledger counts it: the hours it takes from the budget and from its holder.</summary>
public sealed record LedgerShift(
    ShiftId Id,
    ShiftRole Role,
    TimeRange Planned,
    ShiftStatus Status,
    PersonId? Holder,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long Version)
{
    /// <summary>The colleague the holder offered the shift to, as last reported.</summary>
    public PersonId? OfferedTo { get; init; }

    /// <summary>A co-manager approved the holder's claim, as last reported.</summary>
    public bool Approved { get; init; }

    /// <summary>Cancelled and no-show shifts are not paid and count for nothing.</summary>
    public bool IsLive => Status is not (ShiftStatus.Cancelled or ShiftStatus.NoShow);

    public bool IsHeld => Status is ShiftStatus.Claimed or ShiftStatus.Started or ShiftStatus.Ended;

    public bool IsHeldBy(PersonId person) => IsHeld && Holder == person;

    public TimeSpan Worked => Status == ShiftStatus.Ended && StartedAt is { } s && EndedAt is { } e ? e - s : TimeSpan.Zero;

    /// <summary>
    /// What the shift takes from the week's budget: its planned hours, or the hours worked when a
    /// late finish went over them (an early finish does not give hours back).
    /// </summary>
    public TimeSpan Committed => !IsLive ? TimeSpan.Zero : Worked > Planned.Duration ? Worked : Planned.Duration;

    /// <summary>When the holder is, or was, at work: the real times once known.</summary>
    public TimeRange WorkTime => Status switch
    {
        ShiftStatus.Ended when StartedAt is { } s && EndedAt is { } e && e > s => new TimeRange(s, e),
        ShiftStatus.Started when StartedAt is { } s => new TimeRange(s < Planned.Start ? s : Planned.Start, Planned.End > s ? Planned.End : s.AddMinutes(1)),
        _ => Planned,
    };

    public ShiftView View() =>
        new(Id, Role, Planned.Start, Planned.End, Status, Holder, StartedAt, EndedAt, Version) { OfferedTo = OfferedTo, Approved = Approved };
}
