using System.Globalization;
using Akka.Hosting;
using Facilitation.Actors.Rooms;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Rooms;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Rooms;

/// <summary>Privatise the whole site (every room blocked, all or nothing), and lift a privatisation.</summary>
public static class PrivatisationEndpoints
{
    public sealed record Privatise(string? CommandId, string? Start, string? End, string? Title, string? Holder, int? Guests);

    public sealed record PrivatisationCommand(string? CommandId);

    public static IEndpointRouteBuilder MapPrivatisations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/privatisations").WithTags("Rooms").RequireAuthorization();
        group.MapPost("/", Book);
        group.MapPost("/{privatisation}/cancel", Cancel);
        return app;
    }

    private static async Task<IResult> Book(
        string site, Privatise? body, HttpContext context, SiteCatalog sites, IRequiredActor<RoomRegion> rooms, IOptions<ApiSettings> settings,
        TimeProvider clock, ILogger<SitePrivatisation> logger)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!caller.IsCoManager) return CoManagersOnly();
        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        BookingTimes.TryRead(body.Start, body.End, found, errors, fr, out var start, out var end);
        BookingTimes.RequireText(body.Title, "title", Booking.MaxTitleLength, errors, fr);
        BookingTimes.RequireText(body.Holder, "holder", Booking.MaxHolderLength, errors, fr);
        BookingTimes.RequireGuests(body.Guests, found.Capacity, errors, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());
        if (found.Rooms.Count == 0) return RoomEndpoints.RoomNotFound();

        var privatisation = new SitePrivatisation(rooms.ActorRef, found, settings.Value.AskTimeout, logger);
        var outcome = await privatisation.Book(new CommandId(body.CommandId!), caller, start, end, body.Title!.Trim(), body.Holder!.Trim(), body.Guests!.Value, clock.GetUtcNow());
        return Answer(context, found, outcome, body.Guests.Value, created: true);
    }

    private static async Task<IResult> Cancel(
        string site, string privatisation, PrivatisationCommand? body, HttpContext context, SiteCatalog sites, IRequiredActor<RoomRegion> rooms,
        IOptions<ApiSettings> settings, TimeProvider clock, ILogger<SitePrivatisation> logger)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!caller.IsCoManager) return CoManagersOnly();
        if (!BookingId.TryParse(privatisation, out var id)) return NotFound();
        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var coordinator = new SitePrivatisation(rooms.ActorRef, found, settings.Value.AskTimeout, logger);
        var outcome = await coordinator.Cancel(new CommandId(body.CommandId!), caller, id, clock.GetUtcNow());
        if (outcome is SitePrivatisation.Outcome.Refused { Why.Code: RoomRejectionCodes.NotFound }) return NotFound();
        return Answer(context, found, outcome, guests: null, created: false);
    }

    private static IResult Answer(HttpContext context, Domain.Sites.Site site, SitePrivatisation.Outcome outcome, int? guests, bool created)
    {
        switch (outcome)
        {
            case SitePrivatisation.Outcome.Done done:
                if (done.Repeated) context.Response.Headers["Idempotent-Replayed"] = "true";
                var first = done.Blocks[0];
                var dto = new PrivatisationDto(done.Id.Value, site.Calendar.ToLocal(first.Range.Start), site.Calendar.ToLocal(first.Range.End),
                    first.Title, first.Holder, guests ?? done.Blocks.Max(b => b.Guests), BookingNames.Of(first.Status), done.Blocks.Select(b => b.Room).ToList());
                return created ? Results.Created($"/api/sites/{site.Id}/privatisations/{done.Id}", dto) : Results.Ok(dto);
            case SitePrivatisation.Outcome.Refused refused:
                return Problems.Problems.From(refused.Why, site);
            case SitePrivatisation.Outcome.Unavailable unavailable:
                return Problems.Problems.Unavailable(context, unavailable.Reason);
            default:
                throw new InvalidOperationException($"unexpected outcome {outcome.GetType().Name}");
        }
    }

    private static IResult CoManagersOnly() =>
        Problems.Problems.Forbidden("role.co-manager-only", "Seul·e un·e co-gérant·e privatise le site.", "Only a co-manager privatises the site.");

    private static IResult NotFound() =>
        Problems.Problems.NotFound(RoomRejectionCodes.NotFound, "Aucune privatisation ne porte cet identifiant sur ce site.", "No privatisation of this site has this id.");

    private static bool French => Durations.IsFrench(CultureInfo.CurrentUICulture);
}
