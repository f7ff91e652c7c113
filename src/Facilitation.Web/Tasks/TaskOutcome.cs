using System.Globalization;
using Akka.Actor;
using Facilitation.Actors.Tasks;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Tasks;

/// <summary>Turns a task board's answer into the HTTP answer; a silent board becomes a 503 to retry.</summary>
public static class TaskOutcome
{
    public static async Task<IResult> Send(
        HttpContext context, Site site, TimeProvider clock, Func<Task<TaskBoardMessages.TaskResult>> ask, Func<TaskDto, IResult>? accepted = null)
    {
        TaskBoardMessages.TaskResult result;
        try
        {
            result = await ask();
        }
        catch (AskTimeoutException)
        {
            result = new TaskBoardMessages.TaskResult.Unavailable("timeout");
        }

        switch (result)
        {
            case TaskBoardMessages.TaskResult.Accepted a:
                if (a.Repeated) context.Response.Headers["Idempotent-Replayed"] = "true";
                var dto = TaskDto.From(a.Task, site, clock.GetUtcNow(), CultureInfo.CurrentUICulture);
                return accepted?.Invoke(dto) ?? Results.Ok(dto);
            case TaskBoardMessages.TaskResult.Rejected r:
                return Problems.Problems.From(r.Why, site);
            case TaskBoardMessages.TaskResult.Unavailable u:
                return Problems.Problems.Unavailable(context, u.Reason);
            default:
                throw new InvalidOperationException($"unexpected answer {result.GetType().Name}");
        }
    }
}
