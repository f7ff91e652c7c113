using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// A small site in Europe/Paris with the default labour rules, its staff, and the ISO week the tests
/// plan: 2026-W49, Monday 30 November to Sunday 6 December 2026 (Paris is UTC+1 then).
/// </summary>
public static class TestSite
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static readonly SiteCalendar Calendar = new(Paris);

    public static readonly IsoWeek Week = new(2026, 49);

    public static readonly PersonId Lea = new("lea");
    public static readonly PersonId Samir = new("samir");

    /// <summary>On a 6-hour contract: any 8-hour shift is beyond it.</summary>
    public static readonly PersonId Nadia = new("nadia");

    public static readonly PersonId Camille = new("camille");

    /// <summary>A person the site does not know.</summary>
    public static readonly PersonId Stranger = new("stranger");

    /// <summary>The site's rooms, in site-file order (the first one plans a whole-site privatisation's tasks).</summary>
    public static readonly IReadOnlyList<Room> Rooms =
    [
        new("salle-vanves", "Salle Vanves", RoomKind.MeetingRoom, 1, 8),
        new("salle-plateau", "Salle Plateau", RoomKind.MeetingRoom, 2, 6),
    ];

    public static Site Create(string id = "casaco-test") => new(
        new SiteId(id),
        "Casaco (tests)",
        "Malakoff",
        Paris,
        100,
        new LabourRules(),
        Rooms,
        [],
        [],
        [
            Member(Lea, 35),
            Member(Samir, 35),
            Member(Nadia, 6),
            Member(Camille, 35, StaffRole.CoManager),
        ]);

    /// <summary>A Paris wall-clock time on a day of <see cref="Week"/> (0 = Monday).</summary>
    public static DateTimeOffset At(int day, int hour, int minute = 0) =>
        Calendar.FromLocal(Week.Monday.AddDays(day).ToDateTime(new TimeOnly(hour, minute)));

    public static TimeRange Hours(int day, int fromHour, int toHour) => new(At(day, fromHour), At(day, toHour));

    public static Caller CoManager => new(Camille, StaffRole.CoManager);

    public static Caller Facilitator(PersonId person) => new(person, StaffRole.Facilitator);

    /// <summary>A fresh id, as a tablet makes one per command it sends.</summary>
    public static CommandId NewCommandId(string what) => new($"{what}-{Guid.NewGuid():N}");

    private static StaffMember Member(PersonId id, double contractHours, StaffRole role = StaffRole.Facilitator) =>
        new(id, id.Value, role, TimeSpan.FromHours(contractHours), "pin-hash-not-used-here");
}
