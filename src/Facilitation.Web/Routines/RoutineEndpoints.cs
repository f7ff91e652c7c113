using System.Globalization;
using Facilitation.Actors.Routines;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;

namespace Facilitation.Web.Routines;

/// <summary>
/// A site's recurring operations: co-managers read and edit them and the closures; every edit is
/// stored (in Quartz's job store) and reschedules the triggers at once, without a restart. Staff
/// read what is coming, for the dashboard. Read from the job store in the database, not from an
/// entity: nothing of it crosses between nodes.
/// </summary>
public static class RoutineEndpoints
{
    /// <summary>Only these kinds are announced on the dashboard: events, not rounds.</summary>
    private static readonly RoutineKind[] Announced = [RoutineKind.MembersDay, RoutineKind.CasacoTuesday, RoutineKind.FoodDistribution, RoutineKind.Custom];

    public sealed record RoutinesInput(List<RoutineInput?>? Routines);

    public static IEndpointRouteBuilder MapRoutines(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}").WithTags("Routines").RequireAuthorization();
        group.MapGet("/routines", List);
        group.MapPut("/routines", ReplaceAll);
        group.MapGet("/routines/upcoming", Upcoming);
        group.MapGet("/routines/{id}", One);
        group.MapPut("/routines/{id}", Put);
        group.MapPost("/closures", AddClosure);
        group.MapDelete("/closures", RemoveClosure);
        return app;
    }

    private static bool French => Durations.IsFrench(CultureInfo.CurrentUICulture);

    private static bool TryCoManager(HttpContext context, SiteCatalog sites, string site, out Site found, out IResult refusal)
    {
        found = null!;
        if (!SiteAccess.TryResolve(context, sites, site, out var s, out var caller, out var why))
        {
            refusal = why;
            return false;
        }
        found = s;
        refusal = Problems.Problems.Forbidden("role.co-manager-only", "Seul·e un·e co-gérant·e modifie les routines.", "Only a co-manager edits routines.");
        return caller.IsCoManager;
    }

    private static async Task<IResult> List(string site, HttpContext context, SiteCatalog sites, RoutineStore store, RoutineScheduler scheduler, TimeProvider clock)
    {
        if (!TryCoManager(context, sites, site, out var found, out var refusal)) return refusal;
        return Results.Ok(await View(found, await store.Load(found.Id), scheduler, clock));
    }

    private static async Task<IResult> One(string site, string id, HttpContext context, SiteCatalog sites, RoutineStore store, RoutineScheduler scheduler, TimeProvider clock)
    {
        if (!TryCoManager(context, sites, site, out var found, out var refusal)) return refusal;
        var routines = await store.Load(found.Id);
        if (routines.Find(id) is not { } routine) return NoSuchRoutine();
        return Results.Ok(RoutineDto.From(routine, found, routines.Closed, clock.GetUtcNow(), await scheduler.NextFire(found.Id, id)));
    }

    private static async Task<IResult> Put(
        string site, string id, RoutineInput? body, HttpContext context, SiteCatalog sites, RoutineStore store, RoutineScheduler scheduler, TimeProvider clock)
    {
        if (!TryCoManager(context, sites, site, out var found, out var refusal)) return refusal;
        if (body is null) return RequestErrors.EmptyBody(French);
        var errors = new RequestErrors();
        var routine = Read(body with { Id = id }, found, "", errors);
        if (routine is null) return Problems.Problems.Invalid(errors.ToDictionary());

        var routines = await store.Change(found.Id, r => r with { Routines = [.. r.Routines.Where(x => x.Id != id), routine] });
        await scheduler.Reschedule(found.Id);
        return Results.Ok(RoutineDto.From(routine, found, routines.Closed, clock.GetUtcNow(), await scheduler.NextFire(found.Id, id)));
    }

    private static async Task<IResult> ReplaceAll(
        string site, RoutinesInput? body, HttpContext context, SiteCatalog sites, RoutineStore store, RoutineScheduler scheduler, TimeProvider clock)
    {
        if (!TryCoManager(context, sites, site, out var found, out var refusal)) return refusal;
        if (body?.Routines is null) return RequestErrors.EmptyBody(French);
        var errors = new RequestErrors();
        var read = new List<RoutineDefinition>();
        for (var i = 0; i < body.Routines.Count; i++)
        {
            if (body.Routines[i] is not { } input) { errors.Add($"routines[{i}]", French ? "Objet attendu." : "An object is expected."); continue; }
            if (read.Any(r => r.Id == input.Id)) errors.Add($"routines[{i}].id", French ? "Identifiant déjà donné." : "Duplicate id.");
            if (Read(input, found, $"routines[{i}].", errors) is { } routine) read.Add(routine);
        }
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var before = await store.Load(found.Id);
        var routines = await store.Change(found.Id, r => r with { Routines = read });
        foreach (var gone in before.Routines.Where(r => routines.Find(r.Id) is null)) await scheduler.Remove(found.Id, gone.Id);
        await scheduler.Reschedule(found.Id);
        return Results.Ok(await View(found, routines, scheduler, clock));
    }

    private static async Task<IResult> Upcoming(string site, HttpContext context, SiteCatalog sites, RoutineStore store, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        var routines = await store.Load(found.Id);
        var now = clock.GetUtcNow();
        var coming = routines.Routines
            .Where(r => Announced.Contains(r.Kind))
            .Select(r => (Routine: r, Round: RoutineSchedule.Coming(r, found.Calendar, routines.Closed, now)))
            .Where(x => x.Round is not null && x.Round.Start < now.AddDays(31))
            .OrderBy(x => x.Round!.Start)
            .Select(x => RoundDto.From(x.Routine, x.Round!, found))
            .ToList();
        return Results.Ok(coming);
    }

    private static async Task<IResult> AddClosure(
        string site, ClosureInput? body, HttpContext context, SiteCatalog sites, RoutineStore store, RoutineScheduler scheduler, TimeProvider clock)
    {
        if (!TryCoManager(context, sites, site, out var found, out var refusal)) return refusal;
        if (body is null) return RequestErrors.EmptyBody(French);
        if (ParseDay(body.Day) is not { } day) return BadDay();
        var routines = await store.Change(found.Id, r => r.Closures.Contains(day) ? r : r with { Closures = [.. r.Closures, day] });
        await scheduler.Reschedule(found.Id);
        return Results.Ok(await View(found, routines, scheduler, clock));
    }

    private static async Task<IResult> RemoveClosure(
        string site, string? day, HttpContext context, SiteCatalog sites, RoutineStore store, RoutineScheduler scheduler, TimeProvider clock)
    {
        if (!TryCoManager(context, sites, site, out var found, out var refusal)) return refusal;
        if (ParseDay(day) is not { } closed) return BadDay();
        var before = await store.Load(found.Id);
        if (!before.Closures.Contains(closed))
            return Problems.Problems.NotFound("closure.not-found", "Ce jour n'est pas une fermeture.", "That day is not a closure.");
        var routines = await store.Change(found.Id, r => r with { Closures = [.. r.Closures.Where(c => c != closed)] });
        await scheduler.Reschedule(found.Id);
        return Results.Ok(await View(found, routines, scheduler, clock));
    }

    private static RoutineDefinition? Read(RoutineInput input, Site site, string at, RequestErrors errors) =>
        RoutineInputReader.Read(input, input.Id, room => site.FindRoom(room) is not null, at,
            (field, french, english) => errors.Add(field, French ? french : english));

    private static async Task<RoutinesDto> View(Site site, SiteRoutines routines, RoutineScheduler scheduler, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var list = new List<RoutineDto>();
        foreach (var routine in routines.Routines)
            list.Add(RoutineDto.From(routine, site, routines.Closed, now, await scheduler.NextFire(site.Id, routine.Id)));
        return new RoutinesDto(list, [.. routines.Closures.Order()], RoutinesDto.HolidaySource);
    }

    private static DateOnly? ParseDay(string? day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static IResult BadDay() => Problems.Problems.Invalid(new Dictionary<string, string[]>
    {
        ["day"] = [French ? "Date attendue au format AAAA-MM-JJ, par exemple 2026-12-24." : "Expected a date written yyyy-MM-dd, e.g. 2026-12-24."],
    });

    private static IResult NoSuchRoutine() => Problems.Problems.NotFound("routine.not-found", "Cette routine n'existe pas.", "There is no such routine.");
}
