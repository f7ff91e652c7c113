using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Time;

namespace Facilitation.Web.Weeks;

/// <summary>
/// Several weeks of a site read at once from their ledgers (a month for payroll, a calendar feed's
/// span): each answer is a whole week, bounded by its <see cref="WeekLedgerState.MaxShifts"/> shifts.
/// </summary>
public static class WeekLedgers
{
    /// <exception cref="AskTimeoutException">a ledger did not answer in time.</exception>
    public static async Task<WeekLedgerState[]> Read(this IRequiredActor<WeekLedgerRegion> ledgers, SiteId site, IEnumerable<IsoWeek> weeks, TimeSpan timeout) =>
        await Task.WhenAll(weeks.Select(week => ledgers.ActorRef.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(site, week), timeout)));
}
