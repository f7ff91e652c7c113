using System.Globalization;
using Facilitation.Domain.Tasks;

namespace Facilitation.Domain.Rooms;

/// <summary>
/// The tasks a booking needs, as pure data for the task board: a set-up before it starts, a
/// welcome when outside guests are expected, a cleaning at its end. All times are instants
/// computed from the booking's instants, so a day of 23 or 25 hours changes nothing.
/// </summary>
public static class BookingTaskPlan
{
    public const string Setup = "setup";
    public const string Welcome = "welcome";
    public const string Cleaning = "cleaning";

    /// <summary>The board's name for a booking's tasks: one room's booking, or a whole-site privatisation.</summary>
    public static string Source(Booking booking) =>
        booking.SiteWide ? $"privatisation:{booking.Id}" : $"booking:{booking.Room}:{booking.Id}";

    public static TaskOrigin Origin(Booking booking) => booking.Kind == BookingKind.Event ? TaskOrigin.Event : TaskOrigin.RoomBooking;

    /// <param name="where">The name of the place in the titles (a room's name, or "le site").</param>
    /// <param name="place">The place of the tasks: the room's id, or the entrance for the whole site.</param>
    public static IReadOnlyList<PlannedTask> For(Booking booking, string where, string place, BookingTaskTimes times, TaskDeadlines deadlines)
    {
        if (!booking.IsLive) return [];
        // A whole-site block holds only what its room can: the party's size is not one room's figure.
        var guests = booking.SiteWide ? "" : $" ({booking.Guests.ToString(CultureInfo.InvariantCulture)} pers.)";
        var tasks = new List<PlannedTask>
        {
            Task(Setup, TaskKind.Logistics, TaskPriority.Normal, $"Installer {where} : {booking.Title}{guests}",
                place, booking.Range.Start - times.SetupBefore, deadlines),
        };
        if (booking.ExpectsOutsideGuests)
            tasks.Add(Task(Welcome, TaskKind.Welcome, TaskPriority.High, $"Accueillir les invités de {booking.Holder} : {booking.Title} ({where})",
                place, booking.Range.Start - times.WelcomeBefore, deadlines));
        tasks.Add(Task(Cleaning, TaskKind.Cleaning, TaskPriority.Normal, $"Ranger et nettoyer {where} après : {booking.Title}",
            place, booking.Range.End + times.CleaningAfter, deadlines));
        return tasks;
    }

    private static PlannedTask Task(string key, TaskKind kind, TaskPriority priority, string title, string place, DateTimeOffset appearsAt, TaskDeadlines deadlines) =>
        new(key, kind, priority, title, place, appearsAt, appearsAt + deadlines.For(kind, priority));
}
