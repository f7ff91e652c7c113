using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Facilitation.Web.Calendar;

/// <summary>
/// A person's shifts as an iCalendar feed that a phone calendar subscribes to: the shifts they hold
/// (claimed, started or worked). A shift released or cancelled is simply no longer in the feed, so
/// the calendar drops it at its next refresh.
/// </summary>
public static class ShiftCalendar
{
    public static string For(Site site, PersonId person, IEnumerable<WeekLedgerState> weeks, bool french)
    {
        var name = site.FindStaff(person)?.Name ?? person.Value;
        var calendar = new Ical.Net.Calendar { ProductId = "-//Facilitation//Shifts//FR" };
        calendar.AddProperty("X-WR-CALNAME", french ? $"{site.Name} — services de {name}" : $"{site.Name} — {name}'s shifts");
        calendar.AddProperty("X-WR-TIMEZONE", site.TimeZone.Id);
        var shifts = weeks.SelectMany(w => w.Shifts.Values)
            .Where(s => s.IsHeldBy(person))
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.Planned.Start);
        foreach (var shift in shifts)
        {
            var when = shift.Status == ShiftStatus.Ended ? shift.WorkTime : shift.Planned;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{shift.Id}@{site.Id}.facilitation",
                Summary = $"{RoleName(shift.Role, french)} — {site.Name}",
                Location = site.Address,
                Start = new CalDateTime(when.Start.UtcDateTime, "UTC"),
                End = new CalDateTime(when.End.UtcDateTime, "UTC"),
                Sequence = (int)Math.Min(shift.Version, int.MaxValue),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string RoleName(ShiftRole role, bool french) => role switch
    {
        ShiftRole.Welcome => french ? "Accueil" : "Welcome",
        ShiftRole.Community => french ? "Lien social" : "Community",
        ShiftRole.Logistics => french ? "Logistique" : "Logistics",
        ShiftRole.Cleaning => french ? "Ménage" : "Cleaning",
        _ => role.ToString(),
    };
}
