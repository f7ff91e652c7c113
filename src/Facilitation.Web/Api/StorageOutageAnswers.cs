using System.Data.Common;
using Facilitation.Actors.Persistence;

namespace Facilitation.Web.Api;

/// <summary>
/// An entity that could not be read back from storage (the database is gone) fails the caller's ask
/// with <see cref="StorageUnavailableException"/>: the request is answered 503 "storage" with a
/// Retry-After, like a command whose event could not be written, instead of a 500. So is a request
/// that reached the database itself and failed there (the routines' scheduler: Quartz's tables,
/// locked or gone).
/// </summary>
public static class StorageOutageAnswers
{
    public static IApplicationBuilder UseStorageOutageAnswers(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (IsStorageFailure(e) && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await Problems.Problems.Unavailable(context, Problems.Problems.StorageReason).ExecuteAsync(context);
            }
        });

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
}
