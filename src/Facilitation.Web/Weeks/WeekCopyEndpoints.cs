using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Messages;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Time;
using Facilitation.Web.Api;
using Facilitation.Web.Shifts;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Weeks;

/// <summary>"Copy last week": the previous week's shifts published again in this one, each within the budget or refused with why.</summary>
public static class WeekCopyEndpoints
{
    public sealed record CopyWeek(string? CommandId);

    public sealed record CopyRefusal(string Role, DateTimeOffset Start, DateTimeOffset End, string Code, string Reason);

    public sealed record CopyResult(string Week, string From, IReadOnlyList<ShiftDto> Published, IReadOnlyList<CopyRefusal> Refused);

    public static IEndpointRouteBuilder MapWeekCopy(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sites/{site}/weeks/{week}/copy-previous", Copy).WithTags("Weeks").RequireAuthorization();
        return app;
    }

    private static async Task<IResult> Copy(
        string site, string week, CopyWeek? body, HttpContext context, SiteCatalog sites, IRequiredActor<WeekLedgerRegion> ledgers,
        IOptions<ApiSettings> settings)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!caller.IsCoManager)
            return Problems.Problems.Forbidden("role.co-manager-only", "Seul·e un·e co-gérant·e publie des services.", "Only a co-manager publishes shifts.");
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (!IsoWeek.TryParse(week, out var target))
            errors.Add("week", fr ? "Semaine ISO attendue, par exemple 2026-W49." : "Expected an ISO week like 2026-W49.");
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var ask = settings.Value.AskTimeout;
        var source = target.Previous();
        try
        {
            var before = await ledgers.ActorRef.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(found.Id, source), ask);
            var now = await ledgers.ActorRef.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(found.Id, target), ask);
            var published = new List<ShiftDto>();
            var refused = new List<CopyRefusal>();
            // One at a time, in order: the budget is spent by the earliest shifts first, as on the grid.
            foreach (var slot in WeekCopy.Plan(before, now, found.Calendar))
            {
                var publish = new LedgerCommands.Publish(CommandIdFor(body.CommandId!, slot), caller, ShiftId.New(target), slot.Role, slot.Range);
                switch (await ledgers.ActorRef.Ask<CommandResult>(new WeekLedgerMessages.Execute(found.Id, target, publish), ask))
                {
                    case CommandResult.Accepted a:
                        published.Add(ShiftDto.From(a.View, found));
                        break;
                    case CommandResult.Rejected r:
                        refused.Add(new CopyRefusal(Names.Of(slot.Role), found.Calendar.ToLocal(slot.Range.Start), found.Calendar.ToLocal(slot.Range.End),
                            r.Why.Code, RejectionText.For(r.Why, found, CultureInfo.CurrentUICulture).Detail));
                        break;
                    case CommandResult.Unavailable u:
                        return Problems.Problems.Unavailable(context, u.Reason);
                }
            }
            return Results.Ok(new CopyResult(target.ToString(), source.ToString(), published, refused));
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }

    /// <summary>The same id for the same slot of the same copy, so that a retried copy publishes nothing twice.</summary>
    private static CommandId CommandIdFor(string copy, WeekCopy.Slot slot) =>
        new("copy-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{copy}|{slot.Role}|{slot.Range.Start:O}|{slot.Range.End:O}")))[..40]);
}
