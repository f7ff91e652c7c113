using System.Data.Common;
using Akka.Actor;
using Facilitation.Actors.Persistence;

namespace Facilitation.Web.Api;

/// <summary>
/// A request that fails inside — an entity gone with its storage
/// (<see cref="StorageUnavailableException"/>), the database failing under a direct call (Quartz's
/// tables), actors that did not answer in time, or anything else thrown on the way — is answered
/// 503 with a Retry-After: nothing was acknowledged, and the same command, with the same id, can
/// be sent again (to this node or another); never a 500. The reason says which: "storage",
/// "timeout", or "failure" (logged as an error: that one is a bug to find). A request the framework
/// could not read stays the caller's fault (400, by the exception handler).
/// </summary>
public static class UnavailableAnswers
{
    /// <summary>The reason of a 503 when something failed that is neither storage nor a timeout.</summary>
    public const string FailureReason = "failure";

    public static IApplicationBuilder UseUnavailableAnswers(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (e is not BadHttpRequestException && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                var reason = ReasonOf(e);
                if (reason == FailureReason)
                    context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnavailableAnswers))
                        .LogError(e, "{Method} {Path} failed; answered 503", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                await Problems.Problems.Unavailable(context, reason).ExecuteAsync(context);
            }
        });

    public static string ReasonOf(Exception exception) =>
        IsStorageFailure(exception) ? Problems.Problems.StorageReason
        : IsTimeout(exception) ? "timeout"
        : FailureReason;

    /// <summary>An entity gone with its storage, or the database failing under a direct call (a <see cref="DbException"/> inside).</summary>
    public static bool IsStorageFailure(Exception? exception)
    {
        if (StorageUnavailableException.IsIn(exception)) return true;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or Quartz.JobPersistenceException) return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsStorageFailure)) return true;
        }
        return false;
    }

    private static bool IsTimeout(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is AskTimeoutException or TimeoutException) return true;
        return false;
    }
}
