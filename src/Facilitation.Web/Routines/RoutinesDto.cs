namespace Facilitation.Web.Routines;

/// <summary>A site's routines, its closures, and where its public holidays come from.</summary>
public sealed record RoutinesDto(IReadOnlyList<RoutineDto> Routines, IReadOnlyList<DateOnly> Closures, string Holidays)
{
    public const string HolidaySource = "PublicHoliday 3.17.0 (FrancePublicHoliday)";
}
