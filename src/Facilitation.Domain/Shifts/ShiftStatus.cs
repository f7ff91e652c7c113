namespace Facilitation.Domain.Shifts;

/// <summary>
/// Where a shift is in its life. A released shift is published again (the release stays in its
/// history); cancelled and no-show shifts no longer count against the week.
/// </summary>
public enum ShiftStatus
{
    Published,
    Claimed,
    Started,
    Ended,
    Cancelled,
    NoShow,
}
