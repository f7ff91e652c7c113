using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Tests.Model;

/// <summary>
/// The site the tests run against: Casaco in Europe/Paris with French law's default rules, and
/// a way to write instants as Paris wall-clock times.
/// </summary>
public static class Casaco
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static readonly SiteCalendar Calendar = new(Paris);

    public static readonly SiteId Id = new("casaco");

    public static readonly LabourRules SiteRules = new();

    /// <summary>The instant of a Paris wall-clock time (the first one when the clocks go back).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        Calendar.FromLocal(new DateTime(year, month, day, hour, minute, 0));

    public static TimeRange Range(DateTimeOffset start, double hours) => new(start, start.AddHours(hours));

    public static Caller CoManager(string person) => new(new PersonId(person), StaffRole.CoManager);

    public static Caller Facilitator(string person) => new(new PersonId(person), StaffRole.Facilitator);

    public static StaffMember Member(string person, double contractHours, StaffRole role = StaffRole.Facilitator) =>
        new(new PersonId(person), person, role, TimeSpan.FromHours(contractHours), "not-a-real-hash");

    private static int commands;

    /// <summary>A fresh command id, as a client makes one per command it sends.</summary>
    public static CommandId NewCommandId() => new($"cmd-{Interlocked.Increment(ref commands)}");
}
