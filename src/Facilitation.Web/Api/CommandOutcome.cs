using Akka.Actor;
using Facilitation.Actors.Messages;
using Facilitation.Domain.Sites;
using Facilitation.Web.Shifts;

namespace Facilitation.Web.Api;

/// <summary>
/// Turns an actor's answer into the HTTP answer; a silent actor becomes a 503 to retry, and so does
/// any other failure of the ask (<see cref="UnavailableAnswers"/> answers what is thrown).
/// </summary>
public static class CommandOutcome
{
    public static async Task<IResult> Send(HttpContext context, Site site, Func<Task<CommandResult>> ask, Func<ShiftDto, IResult>? accepted = null)
    {
        CommandResult result;
        try
        {
            result = await ask();
        }
        catch (AskTimeoutException)
        {
            result = new CommandResult.Unavailable("timeout");
        }

        switch (result)
        {
            case CommandResult.Accepted a:
                if (a.Repeated) context.Response.Headers["Idempotent-Replayed"] = "true";
                var dto = ShiftDto.From(a.View, site);
                return accepted?.Invoke(dto) ?? Results.Ok(dto);
            case CommandResult.Rejected r:
                return Problems.Problems.From(r.Why, site);
            case CommandResult.Unavailable u:
                return Problems.Problems.Unavailable(context, u.Reason);
            default:
                throw new InvalidOperationException($"unexpected answer {result.GetType().Name}"); // answered 503 "failure", logged
        }
    }
}
