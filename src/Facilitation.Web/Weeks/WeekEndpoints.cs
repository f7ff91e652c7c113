using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Time;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Weeks;

/// <summary>A site-week as its ledger holds it.</summary>
public static class WeekEndpoints
{
    public static IEndpointRouteBuilder MapWeeks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sites/{site}/weeks/{week}", Get).WithTags("Weeks").RequireAuthorization();
        return app;
    }

    private static async Task<IResult> Get(
        string site, string week, HttpContext context, SiteCatalog sites, IRequiredActor<WeekLedgerRegion> ledgers,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!WeekRoute.TryParse(week, found, clock, out var isoWeek, out var badWeek)) return badWeek;

        try
        {
            var state = await ledgers.ActorRef.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(found.Id, isoWeek), settings.Value.AskTimeout);
            var leftText = HoursLeftText.For(found.Rules.WeeklyBudget - state.CommittedHours, CultureInfo.CurrentUICulture);
            return Results.Ok(WeekDto.From(state, found, leftText));
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }
}
