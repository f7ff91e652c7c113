using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Desks;
using Facilitation.Actors.Members;
using Facilitation.Actors.Presence;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Sites;
using Facilitation.Web.Api;
using Facilitation.Web.Members;
using Facilitation.Web.Presence;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Desks;

/// <summary>The desks and who sits where; co-managers assign the resident desks.</summary>
public static class DeskEndpoints
{
    public sealed record AssignRequest(string? CommandId, string? Member);

    public sealed record UnassignRequest(string? CommandId);

    public static IEndpointRouteBuilder MapDesks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/desks").WithTags("Desks").RequireAuthorization();
        group.MapGet("/", Board);
        group.MapPost("/{desk}/assign", Assign);
        group.MapPost("/{desk}/unassign", Unassign);
        return app;
    }

    private static async Task<IResult> Board(
        string site, HttpContext context, SiteCatalog sites, IRequiredActor<DeskRegion> desks, IRequiredActor<PresenceRegion> presence,
        IRequiredActor<MembershipRegion> members, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        var now = clock.GetUtcNow();
        var timeout = settings.Value.AskTimeout;
        DeskView[] states;
        try
        {
            states = await Task.WhenAll(found.Desks.Select(d => desks.ActorRef.Ask<DeskView>(new DeskMessages.GetDesk(found.Id, d.Id), timeout)));
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
        var today = await PresenceEndpoints.Count(presence.ActorRef, found.Id, found.Calendar.DayOf(now), timeout);
        var named = states.SelectMany(s => new[] { s.Assignee, s.OccupantAt(found, now) }).OfType<PersonId>();
        var people = await MemberEndpoints.Find(members.ActorRef, found.Id, named, timeout);
        if (today is null || people is null) return Problems.Problems.Unavailable(context, "timeout");

        string? NameOf(PersonId? id) => id is { } p ? people.Find(p)?.Name ?? p.Value : null;
        var list = found.Desks.Zip(states, (desk, state) =>
        {
            var occupant = state.OccupantAt(found, now);
            return new DeskDto(desk.Id, desk.Floor, desk.Kind == DeskKind.Nomad ? "nomad" : "resident", desk.Area,
                state.Assignee?.Value, NameOf(state.Assignee), occupant?.Value, NameOf(occupant));
        }).ToList();
        var taken = list.Where(d => d.Occupant is not null).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return Results.Ok(new DeskBoardDto(found.Id.Value, today.CountAt(found, now), found.Capacity, FloorDto.Count(found, taken), list));
    }

    private static async Task<IResult> Assign(
        string site, string desk, AssignRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<DeskRegion> desks,
        IRequiredActor<MembershipRegion> members, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolveCoManager(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (found.Desks.All(d => d.Id != desk)) return NotFound();
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (!PersonId.TryParse(body.Member, out var member))
            errors.Add("member", fr ? "L'identifiant d'un membre de ce site." : "The id of a member of this site.");
        else
        {
            if (await MemberEndpoints.Find(members.ActorRef, found.Id, [member], settings.Value.AskTimeout) is not { } people)
                return Problems.Problems.Unavailable(context, "timeout");
            if (people.Find(member) is null) errors.Add("member", fr ? "Aucun membre de ce site ne porte cet identifiant." : "No member of this site has this id.");
        }
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new DeskCommands.Assign(new CommandId(body.CommandId!), member, caller.Person, clock.GetUtcNow());
        return await Send(context, found, desk, command, desks.ActorRef, settings.Value.AskTimeout, clock);
    }

    private static async Task<IResult> Unassign(
        string site, string desk, UnassignRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<DeskRegion> desks,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolveCoManager(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (found.Desks.All(d => d.Id != desk)) return NotFound();
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new DeskCommands.Unassign(new CommandId(body.CommandId!), caller.Person, clock.GetUtcNow());
        return await Send(context, found, desk, command, desks.ActorRef, settings.Value.AskTimeout, clock);
    }

    private static async Task<IResult> Send(HttpContext context, Site site, string desk, IDeskCommand command, IActorRef desks, TimeSpan timeout, TimeProvider clock)
    {
        DeskMessages.DeskResult result;
        try
        {
            result = await desks.Ask<DeskMessages.DeskResult>(new DeskMessages.Execute(site.Id, desk, command), timeout);
        }
        catch (AskTimeoutException)
        {
            result = new DeskMessages.DeskResult.Unavailable("timeout");
        }
        switch (result)
        {
            case DeskMessages.DeskResult.Accepted a:
                if (a.Repeated) context.Response.Headers["Idempotent-Replayed"] = "true";
                var definition = site.Desks.First(d => d.Id == desk);
                var occupant = a.Desk.OccupantAt(site, clock.GetUtcNow());
                return Results.Ok(new DeskDto(desk, definition.Floor, definition.Kind == DeskKind.Nomad ? "nomad" : "resident", definition.Area,
                    a.Desk.Assignee?.Value, null, occupant?.Value, null));
            case DeskMessages.DeskResult.Rejected r:
                return Problems.Problems.From(r.Why, site);
            case DeskMessages.DeskResult.Unavailable u:
                return Problems.Problems.Unavailable(context, u.Reason);
            default:
                throw new InvalidOperationException($"unexpected answer {result.GetType().Name}");
        }
    }

    private static IResult NotFound() =>
        Problems.Problems.NotFound(DeskRejectionCodes.NotFound, "Aucun poste de ce site ne porte cet identifiant.", "No desk of this site has this id.");
}
