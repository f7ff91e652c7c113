using System.Globalization;
using System.Threading.RateLimiting;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Tasks;
using Facilitation.Web.Api;
using Facilitation.Web.Sessions;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Tasks;

/// <summary>A member's request at the front desk: it becomes a task at once.</summary>
public static class RequestEndpoints
{
    public const string RateLimitPolicy = "front-desk-requests";
    public const int RequestsPerMinute = 10;
    public const int MaxTextLength = TaskEntry.MaxTitleLength;
    public const int MaxNameLength = TaskEntry.MaxNameLength;

    public sealed record RaiseRequest(string? CommandId, string? Category, string? Text, string? Name, string? Place);

    public static IServiceCollection AddRequestRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            // Per kiosk (or per person): a stuck button or a playful child cannot flood the staff.
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                StaffClaims.DeviceOf(context.User) ?? context.User.FindFirst(StaffClaims.Person)?.Value ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, token) =>
            {
                var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(
                    fr ? "Trop de demandes en une minute depuis cette borne : patientez un instant." : "Too many requests from this kiosk in a minute: wait a moment.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: fr ? "Trop de demandes" : "Too many requests",
                    type: "/problems/request.too-many", extensions: new Dictionary<string, object?> { ["code"] = "request.too-many" })
                    .ExecuteAsync(context.HttpContext);
            };
        });

    public static IEndpointRouteBuilder MapRequests(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sites/{site}/requests", Raise).WithTags("Tasks").RequireAuthorization().RequireRateLimiting(RateLimitPolicy);
        return app;
    }

    private static async Task<IResult> Raise(
        string site, RaiseRequest? body, HttpContext context, SiteCatalog sites, IRequiredActor<TaskBoardRegion> boards,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!sites.TryFind(site, out var found))
            return Problems.Problems.NotFound("site.not-found", "Ce site n'existe pas.", "There is no such site.");
        if (StaffClaims.SiteOf(context.User) != found.Id)
            return Problems.Problems.Forbidden("site.other", "Cette borne ou cette session appartient à un autre site.", "This kiosk or session belongs to another site.");

        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (body.Category is null || !TaskNames.Categories.TryGetValue(body.Category, out var category))
        {
            category = default;
            errors.Add("category", fr
                ? "Catégorie attendue : printer, supplies, cleaning, room-problem, visitor-arrived ou other."
                : "Expected category: printer, supplies, cleaning, room-problem, visitor-arrived or other.");
        }
        var text = body.Text?.Trim();
        if (text is { Length: > MaxTextLength }) errors.Add("text", fr ? $"{MaxTextLength} caractères au plus." : $"At most {MaxTextLength} characters.");
        if (category == RequestCategory.Other && string.IsNullOrEmpty(text) && body.Category is not null)
            errors.Add("text", fr ? "Dites en quelques mots ce qu'il faut." : "Say in a few words what is needed.");
        var name = body.Name?.Trim();
        if (name is { Length: > MaxNameLength }) errors.Add("name", fr ? $"{MaxNameLength} caractères au plus." : $"At most {MaxNameLength} characters.");
        if (category == RequestCategory.VisitorArrived && string.IsNullOrEmpty(name) && body.Category is not null)
            errors.Add("name", fr ? "Le nom du visiteur, pour prévenir son hôte." : "The visitor's name, to tell their host.");
        if (!Places.TryName(found, body.Place, fr, out _))
            errors.Add("place", fr ? "Lieu inconnu sur ce site (une salle, un poste, un étage ou l'entrée)." : "Unknown place on this site (a room, a desk, a floor or the entrance).");
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var (kind, priority) = RequestCategories.TaskFor(category);
        var raisedBy = StaffClaims.CallerOf(context.User)?.Person;
        var command = new TaskCommands.Raise(
            new CommandId(body.CommandId!), raisedBy, TaskId.New(), kind,
            string.IsNullOrEmpty(text) ? TaskNames.Label(category) : text,
            body.Place!, TaskOrigin.MemberRequest, priority, string.IsNullOrEmpty(name) ? null : name, clock.GetUtcNow());
        var ask = settings.Value.AskTimeout;
        return await TaskOutcome.Send(context, found, clock,
            () => boards.ActorRef.Ask<TaskBoardMessages.TaskResult>(new TaskBoardMessages.Execute(found.Id, command), ask),
            dto => Results.Created($"/api/sites/{found.Id}/tasks/{dto.Id}", dto));
    }
}
