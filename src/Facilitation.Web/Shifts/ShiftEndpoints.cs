using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Messages;
using Facilitation.Actors.Shifts;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Time;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Shifts;

/// <summary>Publish shifts, and claim, release, start, end, cancel them or mark a no-show.</summary>
public static class ShiftEndpoints
{
    public sealed record PublishShift(string? CommandId, string? Role, string? Start, string? End);

    public sealed record ShiftCommand(string? CommandId, string? Person);

    public sealed record WorkedTimes(string? CommandId, string? Start, string? End);

    public static IEndpointRouteBuilder MapShifts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/shifts").WithTags("Shifts").RequireAuthorization();
        group.MapPost("/", Publish);
        group.MapGet("/{shift}", Get);
        group.MapGet("/{shift}/fit", Fit);
        group.MapPost("/{shift}/claim", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, person) => new ShiftCommands.Claim(id, by, person ?? by.Person)));
        group.MapPost("/{shift}/release", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.Release(id, by)));
        group.MapPost("/{shift}/start", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.Start(id, by, default)));
        group.MapPost("/{shift}/end", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.End(id, by, default)));
        group.MapPost("/{shift}/cancel", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.Cancel(id, by)));
        group.MapPost("/{shift}/reassign", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, person) => new ShiftCommands.Reassign(id, by, person!.Value), personRequired: true));
        group.MapPost("/{shift}/handover", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, person) => new ShiftCommands.OfferHandover(id, by, person!.Value), personRequired: true));
        group.MapPost("/{shift}/handover/accept", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.AcceptHandover(id, by)));
        group.MapPost("/{shift}/handover/decline", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.DeclineHandover(id, by)));
        group.MapPost("/{shift}/approve", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.Approve(id, by)));
        group.MapPost("/{shift}/worked", Worked);
        group.MapPost("/{shift}/no-show", (string site, string shift, ShiftCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<ShiftRegion> r, IOptions<ApiSettings> o) =>
            Run(site, shift, body, c, s, r, o, (id, by, _) => new ShiftCommands.MarkNoShow(id, by, default)));
        return app;
    }

    private static async Task<IResult> Publish(
        string site, PublishShift? body, HttpContext context, SiteCatalog sites, IRequiredActor<WeekLedgerRegion> ledgers, IOptions<ApiSettings> settings)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!caller.IsCoManager)
            return Problems.Problems.Forbidden("role.co-manager-only", "Seul·e un·e co-gérant·e publie des services.", "Only a co-manager publishes shifts.");

        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (!Names.TryParseRole(body.Role, out var role))
            errors.Add("role", fr ? "Rôle attendu : welcome, community, logistics ou cleaning." : "Expected role: welcome, community, logistics or cleaning.");
        var startProblem = Moments.TryParse(body.Start, found.Calendar, out var start);
        if (startProblem != Moments.Problem.None) errors.Add("start", Moments.Message(startProblem, fr));
        var endProblem = Moments.TryParse(body.End, found.Calendar, out var end);
        if (endProblem != Moments.Problem.None) errors.Add("end", Moments.Message(endProblem, fr));
        if (startProblem == Moments.Problem.None && endProblem == Moments.Problem.None && end <= start)
            errors.Add("end", fr ? "La fin doit venir après le début." : "The end must come after the start.");
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var week = found.Calendar.WeekOf(start);
        var command = new LedgerCommands.Publish(new CommandId(body.CommandId!), caller, ShiftId.New(week), role, new TimeRange(start, end));
        var ask = settings.Value.AskTimeout;
        return await CommandOutcome.Send(context, found,
            () => ledgers.ActorRef.Ask<CommandResult>(new WeekLedgerMessages.Execute(found.Id, week, command), ask),
            dto => Results.Created($"/api/sites/{found.Id}/shifts/{dto.Id}", dto));
    }

    private static async Task<IResult> Get(
        string site, string shift, HttpContext context, SiteCatalog sites, IRequiredActor<WeekLedgerRegion> ledgers, IOptions<ApiSettings> settings)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!ShiftId.TryParse(shift, out var id)) return ShiftNotFound();
        try
        {
            var answer = await ledgers.ActorRef.Ask<WeekLedgerMessages.ShiftFound>(new WeekLedgerMessages.GetShift(found.Id, id), settings.Value.AskTimeout);
            return answer.Shift is { } s ? Results.Ok(ShiftDto.From(s.View(), found)) : ShiftNotFound();
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }

    /// <summary>Would this shift fit me (or, for a co-manager, this person)? The ledger's own rule, asked without claiming.</summary>
    private static async Task<IResult> Fit(
        string site, string shift, string? person, HttpContext context, SiteCatalog sites, IRequiredActor<WeekLedgerRegion> ledgers,
        IOptions<ApiSettings> settings)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!ShiftId.TryParse(shift, out var id)) return ShiftNotFound();
        var fr = French;
        var who = caller.Person;
        if (person is not null && !PersonId.TryParse(person, out who))
            return Problems.Problems.Invalid(new Dictionary<string, string[]> { ["person"] = [fr ? "Identifiant de personne invalide." : "Invalid person id."] });
        if (found.FindStaff(who) is not { } member)
            return Problems.Problems.Invalid(new Dictionary<string, string[]>
            {
                ["person"] = [fr ? "Cette personne ne fait pas partie de l'équipe du site." : "This person is not on the site's staff."],
            });
        if (who != caller.Person && !caller.IsCoManager)
            return Problems.Problems.Forbidden("role.co-manager-only", "Seul·e un·e co-gérant·e regarde les heures des autres.", "Only a co-manager looks at other people's hours.");
        try
        {
            var week = await ledgers.ActorRef.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(found.Id, id.Week), settings.Value.AskTimeout);
            return ClaimFit.Of(week, id, member, found.Rules, found.Calendar) is { } fit
                ? Results.Ok(ClaimFitDto.From(who.Value, fit, found, CultureInfo.CurrentUICulture))
                : ShiftNotFound();
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }

    private static async Task<IResult> Run(
        string site, string shift, ShiftCommand? body, HttpContext context, SiteCatalog sites, IRequiredActor<ShiftRegion> shifts,
        IOptions<ApiSettings> settings, Func<CommandId, Caller, PersonId?, IShiftCommand> command, bool personRequired = false)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!ShiftId.TryParse(shift, out var id)) return ShiftNotFound();

        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        PersonId? person = null;
        if (body.Person is not null)
        {
            if (!PersonId.TryParse(body.Person, out var p)) errors.Add("person", fr ? "Identifiant de personne invalide." : "Invalid person id.");
            else if (found.FindStaff(p) is null) errors.Add("person", fr ? "Cette personne ne fait pas partie de l'équipe du site." : "This person is not on the site's staff.");
            else person = p;
        }
        else if (personRequired) errors.Add("person", fr ? "À qui ? Indiquez la personne (person)." : "To whom? Give the person.");
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var message = new ShiftMessages.Execute(found.Id, id, command(new CommandId(body.CommandId!), caller, person));
        var ask = settings.Value.AskTimeout;
        return await CommandOutcome.Send(context, found, () => shifts.ActorRef.Ask<CommandResult>(message, ask));
    }


    /// <summary>A co-manager records when the holder really worked; the times are the site's local times, like a shift's.</summary>
    private static async Task<IResult> Worked(
        string site, string shift, WorkedTimes? body, HttpContext context, SiteCatalog sites, IRequiredActor<ShiftRegion> shifts, IOptions<ApiSettings> settings)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!ShiftId.TryParse(shift, out var id)) return ShiftNotFound();
        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        var startProblem = Moments.TryParse(body.Start, found.Calendar, out var start);
        if (startProblem != Moments.Problem.None) errors.Add("start", Moments.Message(startProblem, fr));
        var endProblem = Moments.TryParse(body.End, found.Calendar, out var end);
        if (endProblem != Moments.Problem.None) errors.Add("end", Moments.Message(endProblem, fr));
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var message = new ShiftMessages.Execute(found.Id, id, new ShiftCommands.RecordWorked(new CommandId(body.CommandId!), caller, start, end, default));
        var ask = settings.Value.AskTimeout;
        return await CommandOutcome.Send(context, found, () => shifts.ActorRef.Ask<CommandResult>(message, ask));
    }

    private static IResult ShiftNotFound() =>
        Problems.Problems.NotFound("shift.not-found", "Aucun service ne porte cet identifiant sur ce site.", "No shift of this site has this id.");

    private static bool French => Durations.IsFrench(CultureInfo.CurrentUICulture);
}
