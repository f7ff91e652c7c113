using Facilitation.Domain.Sites;
using Facilitation.Actors.Tests.Infrastructure;

namespace Facilitation.Actors.Tests.Presence;

/// <summary>The test site with a small building: capacity 5, open every day 08:00–20:00, two nomad desks and a resident one.</summary>
public static class BuildingSite
{
    public static Site Create(int capacity = 5) => TestSite.Create() with
    {
        Capacity = capacity,
        Desks =
        [
            new Desk("poste-01", 1, DeskKind.Nomad, "Open space"),
            new Desk("poste-02", 1, DeskKind.Nomad, "Open space"),
            new Desk("poste-17", 2, DeskKind.Resident, "Bureau"),
        ],
        Opening = Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(8, 0), new TimeOnly(20, 0))).ToList(),
    };
}
