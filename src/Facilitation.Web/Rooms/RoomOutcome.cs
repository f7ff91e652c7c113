using Akka.Actor;
using Facilitation.Actors.Rooms;
using Facilitation.Domain.Sites;

namespace Facilitation.Web.Rooms;

/// <summary>Turns a room's answer into the HTTP answer; a silent room becomes a 503 to retry.</summary>
public static class RoomOutcome
{
    public static async Task<RoomMessages.RoomResult> Ask(IActorRef rooms, RoomMessages.Execute message, TimeSpan timeout)
    {
        try
        {
            return await rooms.Ask<RoomMessages.RoomResult>(message, timeout);
        }
        catch (AskTimeoutException)
        {
            return new RoomMessages.RoomResult.Unavailable("timeout");
        }
    }

    public static IResult From(HttpContext context, Site site, RoomMessages.RoomResult result, Func<BookingDto, IResult>? accepted = null)
    {
        switch (result)
        {
            case RoomMessages.RoomResult.Accepted a:
                if (a.Repeated) context.Response.Headers["Idempotent-Replayed"] = "true";
                var dto = BookingDto.From(a.Booking, site);
                return accepted?.Invoke(dto) ?? Results.Ok(dto);
            case RoomMessages.RoomResult.Rejected r:
                return Problems.Problems.From(r.Why, site);
            case RoomMessages.RoomResult.Unavailable u:
                return Problems.Problems.Unavailable(context, u.Reason);
            default:
                throw new InvalidOperationException($"unexpected answer {result.GetType().Name}");
        }
    }
}
