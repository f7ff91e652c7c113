using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Ledger;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Tasks;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Tasks;

/// <summary>The tasks waiting now, and "I'm on it", done, reassign and cancel.</summary>
public static class TaskEndpoints
{
    public sealed record TaskCommand(string? CommandId, string? Person);

    public sealed record OnShiftDto(string Person, string Name);

    /// <summary>
    /// A page of the waiting tasks, the most pressing first, with how many wait in all; <see cref="Next"/>
    /// asks for the following page (<c>?after=</c>), null on the last.
    /// </summary>
    public sealed record BoardDto(bool NobodyOnShift, IReadOnlyList<OnShiftDto> OnShift, IReadOnlyList<TaskDto> Tasks, int Total, string? Next);

    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/tasks").WithTags("Tasks").RequireAuthorization();
        group.MapGet("/", Board);
        group.MapPost("/{task}/claim", (string site, string task, TaskCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<TaskBoardRegion> b, IOptions<ApiSettings> o, TimeProvider t) =>
            Run(site, task, body, c, s, b, o, t, (id, by, _, at, taskId) => new TaskCommands.Claim(id, by, taskId, at)));
        group.MapPost("/{task}/complete", (string site, string task, TaskCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<TaskBoardRegion> b, IOptions<ApiSettings> o, TimeProvider t) =>
            Run(site, task, body, c, s, b, o, t, (id, by, _, at, taskId) => new TaskCommands.Complete(id, by, taskId, at)));
        group.MapPost("/{task}/cancel", (string site, string task, TaskCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<TaskBoardRegion> b, IOptions<ApiSettings> o, TimeProvider t) =>
            Run(site, task, body, c, s, b, o, t, (id, by, _, at, taskId) => new TaskCommands.Cancel(id, by, taskId, at)));
        group.MapPost("/{task}/reassign", (string site, string task, TaskCommand? body, HttpContext c, SiteCatalog s, IRequiredActor<TaskBoardRegion> b, IOptions<ApiSettings> o, TimeProvider t) =>
            Run(site, task, body, c, s, b, o, t, (id, by, to, at, taskId) => new TaskCommands.Reassign(id, by, taskId, to!.Value, at), personRequired: true));
        return app;
    }

    private static async Task<IResult> Board(
        string site, string? after, HttpContext context, SiteCatalog sites, IRequiredActor<TaskBoardRegion> boards, IRequiredActor<WeekLedgerRegion> ledgers,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (after is { Length: 0 or > Keyset.MaxCursorLength })
            return Problems.Problems.Invalid(new Dictionary<string, string[]>
            {
                ["after"] = [Durations.IsFrench(CultureInfo.CurrentUICulture)
                    ? "Le « next » de la page précédente, tel quel."
                    : "The previous page's \"next\", as it is."],
            });
        var now = clock.GetUtcNow();
        try
        {
            var page = await boards.ActorRef.Ask<Page<TaskEntry>>(new TaskBoardMessages.GetWaiting(found.Id, after), settings.Value.AskTimeout);
            var week = await ledgers.ActorRef.Ask<WeekLedgerState>(new WeekLedgerMessages.GetWeek(found.Id, found.Calendar.WeekOf(now)), settings.Value.AskTimeout);
            var onShift = OnShift.At(week, now).Select(p => new OnShiftDto(p.Value, found.FindStaff(p)?.Name ?? p.Value)).ToList();
            var culture = CultureInfo.CurrentUICulture;
            return Results.Ok(new BoardDto(onShift.Count == 0, onShift, page.Items.Select(t => TaskDto.From(t, found, now, culture)).ToList(), page.Total, page.Next));
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }

    private static async Task<IResult> Run(
        string site, string task, TaskCommand? body, HttpContext context, SiteCatalog sites, IRequiredActor<TaskBoardRegion> boards,
        IOptions<ApiSettings> settings, TimeProvider clock, Func<CommandId, Caller, PersonId?, DateTimeOffset, TaskId, ITaskCommand> command,
        bool personRequired = false)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (!TaskId.TryParse(task, out var taskId))
            return Problems.Problems.NotFound("task.not-found", "Aucune tâche ne porte cet identifiant sur ce site.", "No task of this site has this id.");

        var fr = Durations.IsFrench(CultureInfo.CurrentUICulture);
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        PersonId? person = null;
        if (body.Person is not null || personRequired)
        {
            if (!PersonId.TryParse(body.Person, out var p) || found.FindStaff(p) is null)
                errors.Add("person", fr ? "Une personne de l'équipe du site." : "Someone on the site's staff.");
            else person = p;
        }
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var message = new TaskBoardMessages.Execute(found.Id, command(new CommandId(body.CommandId!), caller, person, clock.GetUtcNow(), taskId));
        var ask = settings.Value.AskTimeout;
        return await TaskOutcome.Send(context, found, clock, () => boards.ActorRef.Ask<TaskBoardMessages.TaskResult>(message, ask));
    }
}
