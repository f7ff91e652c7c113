using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Members;
using Facilitation.Actors.Presence;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Presence;
using Facilitation.Web.Api;
using Facilitation.Web.Members;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Presence;

/// <summary>
/// Who comes in and leaves: members (check-in charges their pass, takes a desk) and visitors (their
/// host is told). The front-desk kiosk, facilitators and co-managers may all do it.
/// </summary>
public static class PresenceEndpoints
{
    public sealed record CheckInRequest(string? CommandId, string? Member, string? Desk, bool? MorningOnly);

    public sealed record CheckOutRequest(string? CommandId, string? Member);

    public sealed record VisitorRequest(string? CommandId, string? Name, string? Host);

    public sealed record VisitorOutRequest(string? CommandId);

    public sealed record PresentDto(string Member, string Name, string? Desk, DateTimeOffset Since);

    public sealed record VisitorDto(string Id, string Name, string Host, string HostName, DateTimeOffset Since);

    public sealed record TodayDto(string Day, int Count, int Capacity, IReadOnlyList<PresentDto> Members, IReadOnlyList<VisitorDto> Visitors);

    public static IEndpointRouteBuilder MapPresence(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}").WithTags("Presence").RequireAuthorization();
        group.MapGet("/presence", Today);
        group.MapPost("/checkins", CheckIn);
        group.MapPost("/checkouts", CheckOut);
        group.MapPost("/visitors", VisitorIn);
        group.MapPost("/visitors/{visitor}/checkout", VisitorOut);
        return app;
    }

    /// <summary>
    /// A day's presence of a site with everyone in — the entity answers a page of the members and one
    /// of the visitors at a time — or null when it does not answer in time. The count is the last page's.
    /// </summary>
    public static async Task<PresenceView?> State(IActorRef presence, SiteId site, DateOnly day, TimeSpan timeout)
    {
        try
        {
            var view = await presence.Ask<PresenceView>(new PresenceMessages.GetPresence(site, day), timeout);
            var members = view.Members.Items.ToList();
            var visitors = view.Visitors.Items.ToList();
            var (membersAfter, visitorsAfter) = (view.Members.Next, view.Visitors.Next);
            while (membersAfter is not null || visitorsAfter is not null)
            {
                view = await presence.Ask<PresenceView>(new PresenceMessages.GetPresence(
                    site, day, membersAfter ?? Keyset.AfterEverything, visitorsAfter ?? Keyset.AfterEverything), timeout);
                if (membersAfter is not null)
                {
                    members.AddRange(view.Members.Items);
                    membersAfter = view.Members.Next;
                }
                if (visitorsAfter is not null)
                {
                    visitors.AddRange(view.Visitors.Items);
                    visitorsAfter = view.Visitors.Next;
                }
            }
            return view with { Members = new Page<PresentMember>(members, members.Count, null), Visitors = new Page<PresentVisitor>(visitors, visitors.Count, null) };
        }
        catch (AskTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Only the day's count of a site (no one's name), or null when it does not answer in time.</summary>
    public static async Task<PresenceView?> Count(IActorRef presence, SiteId site, DateOnly day, TimeSpan timeout)
    {
        try
        {
            return await presence.Ask<PresenceView>(new PresenceMessages.GetPresence(site, day, Keyset.AfterEverything, Keyset.AfterEverything), timeout);
        }
        catch (AskTimeoutException)
        {
            return null;
        }
    }

    private static async Task<IResult> Today(
        string site, HttpContext context, SiteCatalog sites, IRequiredActor<PresenceRegion> presence, IRequiredActor<MembershipRegion> members,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        var now = clock.GetUtcNow();
        var day = found.Calendar.DayOf(now);
        if (await State(presence.ActorRef, found.Id, day, settings.Value.AskTimeout) is not { } state) return Problems.Problems.Unavailable(context, "timeout");
        var named = state.Members.Items.Select(m => m.Member).Concat(state.Visitors.Items.Select(v => v.Host)).Where(p => found.FindStaff(p) is null);
        if (await MemberEndpoints.Find(members.ActorRef, found.Id, named, settings.Value.AskTimeout) is not { } people)
            return Problems.Problems.Unavailable(context, "timeout");
        var open = state.CountAt(found, now) > 0;
        string NameOf(PersonId id) => found.FindStaff(id)?.Name ?? people.Find(id)?.Name ?? id.Value;
        return Results.Ok(new TodayDto(
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), state.CountAt(found, now), found.Capacity,
            open ? state.Members.Items.Select(m => new PresentDto(m.Member.Value, NameOf(m.Member), m.Desk, m.At)).ToList() : [],
            open ? state.Visitors.Items.Select(v => new VisitorDto(v.Id.Value, v.Name, v.Host.Value, NameOf(v.Host), v.At)).ToList() : []));
    }

    private static async Task<IResult> CheckIn(
        string site, CheckInRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<PresenceRegion> presence,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (!PersonId.TryParse(body.Member, out var member))
            errors.Add("member", fr ? "L'identifiant du membre (« jeanne-martin »)." : "The member's id (\"jeanne-martin\").");
        if (body.Desk is not null && found.Desks.All(d => d.Id != body.Desk))
            errors.Add("desk", fr ? "Aucun poste de ce site ne porte cet identifiant." : "No desk of this site has this id.");
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var now = clock.GetUtcNow();
        var command = new PresenceCommands.CheckIn(new CommandId(body.CommandId!), member, body.Desk, body.MorningOnly ?? false, now);
        var ask = settings.Value.AskTimeout;
        return await PresenceOutcomes.Send(context, found,
            () => presence.ActorRef.Ask<PresenceMessages.PresenceResult>(new PresenceMessages.Execute(found.Id, found.Calendar.DayOf(now), command), ask));
    }

    private static async Task<IResult> CheckOut(
        string site, CheckOutRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<PresenceRegion> presence,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (!PersonId.TryParse(body.Member, out var member))
            errors.Add("member", fr ? "L'identifiant du membre (« jeanne-martin »)." : "The member's id (\"jeanne-martin\").");
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var now = clock.GetUtcNow();
        var command = new PresenceCommands.CheckOut(new CommandId(body.CommandId!), member, now);
        var ask = settings.Value.AskTimeout;
        return await PresenceOutcomes.Send(context, found,
            () => presence.ActorRef.Ask<PresenceMessages.PresenceResult>(new PresenceMessages.Execute(found.Id, found.Calendar.DayOf(now), command), ask));
    }

    private static async Task<IResult> VisitorIn(
        string site, VisitorRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<PresenceRegion> presence,
        IRequiredActor<MembershipRegion> members, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > PresentVisitor.MaxNameLength)
            errors.Add("name", fr ? $"Le nom du visiteur, {PresentVisitor.MaxNameLength} caractères au plus." : $"The visitor's name, at most {PresentVisitor.MaxNameLength} characters.");
        string? hostName = null;
        if (PersonId.TryParse(body.Host, out var host))
        {
            hostName = found.FindStaff(host)?.Name;
            if (hostName is null)
            {
                if (await MemberEndpoints.Find(members.ActorRef, found.Id, [host], settings.Value.AskTimeout) is not { } people)
                    return Problems.Problems.Unavailable(context, "timeout");
                hostName = people.Find(host)?.Name;
            }
        }
        if (hostName is null)
            errors.Add("host", fr ? "L'hôte : un membre ou une personne de l'équipe de ce site, par son identifiant." : "The host: a member or someone on this site's staff, by their id.");
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var now = clock.GetUtcNow();
        var command = new PresenceCommands.VisitorIn(new CommandId(body.CommandId!), VisitorId.New(), name!, host, hostName!, now);
        var ask = settings.Value.AskTimeout;
        return await PresenceOutcomes.Send(context, found,
            () => presence.ActorRef.Ask<PresenceMessages.PresenceResult>(new PresenceMessages.Execute(found.Id, found.Calendar.DayOf(now), command), ask),
            dto => Results.Created($"/api/sites/{found.Id}/visitors/{dto.Visitor}", dto));
    }

    private static async Task<IResult> VisitorOut(
        string site, string visitor, VisitorOutRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<PresenceRegion> presence,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!VisitorId.TryParse(visitor, out var id))
            return Problems.Problems.NotFound(PresenceRejectionCodes.VisitorNotFound, "Aucun visiteur ne porte cet identifiant aujourd'hui.", "No visitor has this id today.");
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var now = clock.GetUtcNow();
        var command = new PresenceCommands.VisitorOut(new CommandId(body.CommandId!), id, now);
        var ask = settings.Value.AskTimeout;
        return await PresenceOutcomes.Send(context, found,
            () => presence.ActorRef.Ask<PresenceMessages.PresenceResult>(new PresenceMessages.Execute(found.Id, found.Calendar.DayOf(now), command), ask));
    }
}
