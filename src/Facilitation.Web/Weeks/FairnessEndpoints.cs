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

/// <summary>
/// How fairly a week's hours are spread (share of the budget by contract, coverage of that share),
/// and, for each open shift, who to offer it to first.
/// </summary>
public static class FairnessEndpoints
{
    public sealed record ShareDto(
        string Person, string Name, double ContractHours, double ShareHours, double HeldHours, double Coverage, double GapHours, string GapText,
        IReadOnlyList<WarningDto> Warnings);

    /// <summary>A rule the person's week breaks as it stands (a late finish, worked time recorded afterwards).</summary>
    public sealed record WarningDto(string Code, string Text);

    public sealed record OfferDto(string Shift, IReadOnlyList<string> Order);

    public sealed record FairnessDto(string Week, double BudgetHours, IReadOnlyList<ShareDto> People, IReadOnlyList<OfferDto> Offers);

    public static IEndpointRouteBuilder MapFairness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sites/{site}/weeks/{week}/fairness", Get).WithTags("Weeks").RequireAuthorization();
        return app;
    }

    private static async Task<IResult> Get(
        string site, string week, HttpContext context, SiteCatalog sites, IRequiredActor<WeekLedgerRegion> ledgers,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!WeekRoute.TryParse(week, found, clock, out var isoWeek, out var badWeek)) return badWeek;
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        try
        {
            var state = await ledgers.ActorRef.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(found.Id, isoWeek), settings.Value.AskTimeout);
            var people = Fairness.Shares(state, found.Staff, found.Rules.WeeklyBudget).Select(f => new ShareDto(
                f.Person.Value,
                found.FindStaff(f.Person)?.Name ?? f.Person.Value,
                Durations.Decimal(f.Contract),
                Durations.Decimal(f.Share),
                Durations.Decimal(f.Held),
                Math.Round(f.Coverage, 4),
                Durations.Decimal(f.Gap),
                GapText(f.Gap, fr),
                WeekWarnings.For(state, found.FindStaff(f.Person)!, found.Rules, found.Calendar)
                    .Select(w => new WarningDto(w.Code, RejectionText.For(w, found, CultureInfo.CurrentUICulture).Detail)).ToList())).ToList();
            var offers = state.Live.Where(s => !s.IsHeld).OrderBy(s => s.Planned.Start)
                .Select(s => new OfferDto(s.Id.Value, Fairness.OfferOrder(state, s.Id, found.Staff, found.Rules, found.Calendar).Select(p => p.Value).ToList()))
                .ToList();
            return Results.Ok(new FairnessDto(isoWeek.ToString(), Durations.Decimal(found.Rules.WeeklyBudget), people, offers));
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }

    /// <summary>"3 h 30 sous sa part" / "3 h 30 under their share"; within a minute, "à sa part".</summary>
    private static string GapText(TimeSpan gap, bool fr)
    {
        var rounded = TimeSpan.FromMinutes(Math.Round(gap.TotalMinutes));
        if (rounded == TimeSpan.Zero) return fr ? "à sa part" : "at their share";
        var amount = Durations.Hours(rounded.Duration());
        return rounded > TimeSpan.Zero
            ? fr ? $"{amount} sous sa part" : $"{amount} under their share"
            : fr ? $"{amount} au-dessus de sa part" : $"{amount} over their share";
    }
}
