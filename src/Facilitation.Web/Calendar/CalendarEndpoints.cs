using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Facilitation.Web.Weeks;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Calendar;

/// <summary>Each person's shifts as a calendar feed with a private link, for the phone's calendar.</summary>
public static class CalendarEndpoints
{
    /// <summary>The feed covers four weeks back and eight ahead: what a phone needs, and few ledgers to read.</summary>
    private const int WeeksBack = 4, WeeksAhead = 8;

    public sealed record CalendarLinkDto(string Url);

    public static IEndpointRouteBuilder MapCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sites/{site}/people/{person}/calendar-link", Link).WithTags("Calendar").RequireAuthorization();
        app.MapGet("/calendar/{token}", Feed).WithTags("Calendar").AllowAnonymous();
        return app;
    }

    private static IResult Link(string site, string person, HttpContext context, SiteCatalog sites, CalendarLinks links)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!PersonId.TryParse(person, out var id) || found.FindStaff(id) is null)
            return Problems.Problems.NotFound("person.not-found", "Personne de ce nom dans l'équipe du site.", "Nobody of that id on the site's staff.");
        if (caller.Person != id && !caller.IsCoManager)
            return Problems.Problems.Forbidden("calendar.not-yours", "Chacun·e n'obtient que le lien de son propre agenda.", "You can only get the link of your own calendar.");
        var url = $"{context.Request.Scheme}://{context.Request.Host}/calendar/{links.TokenFor(found.Id, id)}.ics";
        return Results.Ok(new CalendarLinkDto(url));
    }

    private static async Task<IResult> Feed(
        string token, string? lang, HttpContext context, SiteCatalog sites, CalendarLinks links, TimeProvider clock,
        IRequiredActor<WeekLedgerRegion> ledgers, IOptions<ApiSettings> settings)
    {
        var fr = !string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) && Durations.IsFrench(CultureInfo.CurrentUICulture);
        var gone = Problems.Problems.NotFound("calendar.link-invalid", "Ce lien d'agenda n'est pas (ou plus) valide.", "This calendar link is not (or no longer) valid.");
        if (token.EndsWith(".ics", StringComparison.Ordinal)) token = token[..^4];
        if (!links.TryRead(token, out var siteId, out var personId)
            || !sites.TryFind(siteId, out var site)
            || !PersonId.TryParse(personId, out var person)
            || site.FindStaff(person) is null)
            return gone;

        var current = site.Calendar.WeekOf(clock.GetUtcNow());
        var weeks = new List<Domain.Time.IsoWeek>();
        var week = current;
        for (var i = 0; i < WeeksBack; i++) week = week.Previous();
        for (var i = 0; i < WeeksBack + 1 + WeeksAhead; i++, week = week.Next()) weeks.Add(week);
        try
        {
            var states = await ledgers.Read(site.Id, weeks, settings.Value.AskTimeout);
            return Results.Text(ShiftCalendar.For(site, person, states, fr), "text/calendar; charset=utf-8");
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }
}
