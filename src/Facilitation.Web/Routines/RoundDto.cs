using Facilitation.Domain.Routines;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Routines;

/// <summary>One coming round of a routine, in the site's local time (the dashboard says "dans 5 jours" from <see cref="Start"/>).</summary>
public sealed record RoundDto(string Routine, string Kind, string Title, DateOnly Day, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset PrepareAt)
{
    public static RoundDto From(RoutineDefinition routine, RoutineOccurrence round, Site site) => new(
        routine.Id, RoutineInputReader.NameOf(routine.Kind), routine.Title, round.Day,
        site.Calendar.ToLocal(round.Start), site.Calendar.ToLocal(round.End), site.Calendar.ToLocal(round.PrepareAt));
}
