using Akka.Actor;
using Facilitation.Actors.Members;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Members;

/// <summary>Turns the membership's answer into the HTTP answer; a silent membership becomes a 503 to retry.</summary>
public static class MemberOutcomes
{
    public static async Task<IResult> Send(
        HttpContext context, Site site, TimeProvider clock, Func<Task<MembershipMessages.MemberResult>> ask, Func<MemberDto, IResult>? accepted = null)
    {
        MembershipMessages.MemberResult result;
        try
        {
            result = await ask();
        }
        catch (AskTimeoutException)
        {
            result = new MembershipMessages.MemberResult.Unavailable("timeout");
        }
        switch (result)
        {
            case MembershipMessages.MemberResult.Accepted a:
                if (a.Repeated) context.Response.Headers["Idempotent-Replayed"] = "true";
                var dto = MemberDto.From(a.Outcome.Member, site, clock.GetUtcNow());
                return accepted?.Invoke(dto) ?? Results.Ok(dto);
            case MembershipMessages.MemberResult.Rejected r:
                return Problems.Problems.From(r.Why, site);
            case MembershipMessages.MemberResult.Unavailable u:
                return Problems.Problems.Unavailable(context, u.Reason);
            default:
                throw new InvalidOperationException($"unexpected answer {result.GetType().Name}");
        }
    }
}
