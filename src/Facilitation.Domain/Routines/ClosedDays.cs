using PublicHoliday;

namespace Facilitation.Domain.Routines;

/// <summary>
/// The days a site is closed and its routines skip: the public holidays of France (computed by
/// the PublicHoliday package's <c>FrancePublicHoliday</c>) and the closures co-managers enter.
/// </summary>
public sealed class ClosedDays(IEnumerable<DateOnly> closures)
{
    private static readonly FrancePublicHoliday France = new();

    public static ClosedDays HolidaysOnly { get; } = new([]);

    public IReadOnlySet<DateOnly> Closures { get; } = closures.ToHashSet();

    public static bool IsPublicHoliday(DateOnly day) => France.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue));

    public bool IsClosed(DateOnly day) => Closures.Contains(day) || IsPublicHoliday(day);
}
