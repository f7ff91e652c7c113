using Akka.Actor;
using Facilitation.Actors.Presence;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Presence;

/// <summary>Turns the presence's answer into the HTTP answer; a silent step becomes a 503 to retry with the same id.</summary>
public static class PresenceOutcomes
{
    public static async Task<IResult> Send(
        HttpContext context, Site site, Func<Task<PresenceMessages.PresenceResult>> ask, Func<PresenceDto, IResult>? accepted = null)
    {
        PresenceMessages.PresenceResult result;
        try
        {
            result = await ask();
        }
        catch (AskTimeoutException)
        {
            result = new PresenceMessages.PresenceResult.Unavailable("timeout");
        }
        switch (result)
        {
            case PresenceMessages.PresenceResult.Accepted a:
                if (a.Repeated) context.Response.Headers["Idempotent-Replayed"] = "true";
                var dto = PresenceDto.From(a.Answer, site.Capacity);
                return accepted?.Invoke(dto) ?? Results.Ok(dto);
            case PresenceMessages.PresenceResult.Rejected r:
                return Problems.Problems.From(r.Why, site);
            case PresenceMessages.PresenceResult.Unavailable u:
                return Problems.Problems.Unavailable(context, u.Reason);
            default:
                throw new InvalidOperationException($"unexpected answer {result.GetType().Name}");
        }
    }
}
