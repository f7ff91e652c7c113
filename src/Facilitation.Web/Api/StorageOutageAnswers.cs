using Facilitation.Actors.Persistence;

namespace Facilitation.Web.Api;

/// <summary>
/// An entity that could not be read back from storage (the database is gone) fails the caller's ask
/// with <see cref="StorageUnavailableException"/>: the request is answered 503 "storage" with a
/// Retry-After, like a command whose event could not be written, instead of a 500.
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
            catch (Exception e) when (StorageUnavailableException.IsIn(e) && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await Problems.Problems.Unavailable(context, Problems.Problems.StorageReason).ExecuteAsync(context);
            }
        });
}
