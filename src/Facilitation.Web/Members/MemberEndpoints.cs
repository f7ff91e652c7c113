using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Members;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Paging;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Members;

/// <summary>The members of a site, their plans and passes. The front desk (kiosk included) reads; co-managers change.</summary>
public static class MemberEndpoints
{
    public sealed record EnrolRequest(string? CommandId, string? Id, string? Name, string? Plan);

    public sealed record PlanRequest(string? CommandId, string? Plan);

    public sealed record PassRequest(string? CommandId);

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/members").WithTags("Members").RequireAuthorization();
        group.MapGet("/", List);
        group.MapPost("/", Enrol);
        group.MapGet("/{member}", One);
        group.MapPost("/{member}/passes", SellPass);
        group.MapPost("/{member}/plan", ChangePlan);
        return app;
    }

    /// <summary>Every member of the site, read from the membership a page at a time; null when it does not answer in time.</summary>
    public static async Task<IReadOnlyList<MemberEntry>?> All(IActorRef members, SiteId site, TimeSpan timeout)
    {
        try
        {
            return await PagedReads.All(after => members.Ask<Page<MemberEntry>>(new MembershipMessages.GetMembers(site, after), timeout));
        }
        catch (AskTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// The members among <paramref name="ids"/> (the people in today, the desks' holders), asked
    /// <see cref="MemberPages.PageSize"/> at a time; null when the membership does not answer in time.
    /// </summary>
    public static async Task<MembershipMessages.MembersFound?> Find(IActorRef members, SiteId site, IEnumerable<PersonId> ids, TimeSpan timeout)
    {
        try
        {
            var found = new List<MemberEntry>();
            foreach (var some in ids.Distinct().Chunk(MemberPages.PageSize))
                found.AddRange((await members.Ask<MembershipMessages.MembersFound>(new MembershipMessages.FindMembers(site, some), timeout)).Members);
            return new MembershipMessages.MembersFound(found);
        }
        catch (AskTimeoutException)
        {
            return null;
        }
    }

    private static async Task<IResult> List(
        string site, HttpContext context, SiteCatalog sites, IRequiredActor<MembershipRegion> members, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (await All(members.ActorRef, found.Id, settings.Value.AskTimeout) is not { } all) return Problems.Problems.Unavailable(context, "timeout");
        var now = clock.GetUtcNow();
        return Results.Ok(all.OrderBy(m => m.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fr"), true))
            .Select(m => MemberDto.From(m, found, now)).ToList());
    }

    private static async Task<IResult> One(
        string site, string member, HttpContext context, SiteCatalog sites, IRequiredActor<MembershipRegion> members, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!PersonId.TryParse(member, out var id)) return NotFound();
        if (await Find(members.ActorRef, found.Id, [id], settings.Value.AskTimeout) is not { } state) return Problems.Problems.Unavailable(context, "timeout");
        return state.Find(id) is { } entry
            ? Results.Ok(MemberDto.From(entry, found, clock.GetUtcNow()))
            : NotFound();
    }

    private static async Task<IResult> Enrol(
        string site, EnrolRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<MembershipRegion> members, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolveCoManager(context, sites, site, out var found, out _, out var refusal)) return refusal;
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (!PersonId.TryParse(body.Id, out var id))
            errors.Add("id", fr ? "Un identifiant : lettres minuscules, chiffres et tirets, 40 au plus (« jeanne-martin »)." : "An id: lower-case letters, digits and dashes, at most 40 (\"jeanne-martin\").");
        else if (found.FindStaff(id) is not null)
            // A visitor's host is found by id among the staff first: a member may not shadow them.
            errors.Add("id", fr ? "Cet identifiant est celui d'une personne de l'équipe : choisissez-en un autre." : "This id is a staff member's: choose another.");
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MemberEntry.MaxNameLength)
            errors.Add("name", fr ? $"Le nom du membre, {MemberEntry.MaxNameLength} caractères au plus." : $"The member's name, at most {MemberEntry.MaxNameLength} characters.");
        var plan = Plan(body.Plan ?? "none", errors, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new MemberCommands.Enrol(new CommandId(body.CommandId!), id, name!, plan, clock.GetUtcNow());
        var ask = settings.Value.AskTimeout;
        return await MemberOutcomes.Send(context, found, clock,
            () => members.ActorRef.Ask<MembershipMessages.MemberResult>(new MembershipMessages.Execute(found.Id, command), ask),
            dto => Results.Created($"/api/sites/{found.Id}/members/{dto.Id}", dto));
    }

    private static async Task<IResult> SellPass(
        string site, string member, PassRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<MembershipRegion> members,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolveCoManager(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!PersonId.TryParse(member, out var id)) return NotFound();
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new MemberCommands.SellPass(new CommandId(body.CommandId!), id, clock.GetUtcNow());
        var ask = settings.Value.AskTimeout;
        return await MemberOutcomes.Send(context, found, clock,
            () => members.ActorRef.Ask<MembershipMessages.MemberResult>(new MembershipMessages.Execute(found.Id, command), ask));
    }

    private static async Task<IResult> ChangePlan(
        string site, string member, PlanRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<MembershipRegion> members,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!FrontDeskAccess.TryResolveCoManager(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!PersonId.TryParse(member, out var id)) return NotFound();
        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        var plan = Plan(body.Plan, errors, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new MemberCommands.ChangePlan(new CommandId(body.CommandId!), id, plan, clock.GetUtcNow());
        var ask = settings.Value.AskTimeout;
        return await MemberOutcomes.Send(context, found, clock,
            () => members.ActorRef.Ask<MembershipMessages.MemberResult>(new MembershipMessages.Execute(found.Id, command), ask));
    }

    private static PlanKind Plan(string? text, RequestErrors errors, bool fr)
    {
        if (text is not null && PlanNames.All.TryGetValue(text, out var plan)) return plan;
        errors.Add("plan", fr ? "Formule attendue : resident, nomad, pass ou none." : "Expected plan: resident, nomad, pass or none.");
        return PlanKind.None;
    }

    private static IResult NotFound() =>
        Problems.Problems.NotFound(MemberRejectionCodes.NotFound, "Aucun membre ne porte cet identifiant sur ce site.", "No member of this site has this id.");
}
