namespace Facilitation.Actors.Persistence;

/// <summary>
/// The answer (as a failure) to whoever asked an entity that could not be read back from storage,
/// or that stopped on a storage failure before it took their message: nothing was done, the same
/// message can be sent again once the database is back. The API turns it into a 503 with a
/// Retry-After.
/// </summary>
public sealed class StorageUnavailableException(string entity, string problem, Exception? cause = null)
    : Exception($"{entity}: {problem}", cause)
{
    /// <summary>Whether this failure, anywhere in an exception's causes, is a storage outage.</summary>
    public static bool IsIn(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageUnavailableException) return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsIn)) return true;
        }
        return false;
    }
}
