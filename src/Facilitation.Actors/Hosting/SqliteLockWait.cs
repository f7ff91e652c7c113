using System.Data.Common;
using System.Globalization;
using LinqToDB.Interceptors;
using Microsoft.Data.Sqlite;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// Makes SQLite itself wait for another connection's write lock, in steps of a few milliseconds.
/// <para>
/// Without it, Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms before trying
/// again (measured here: a lock held 10 ms cost the waiter 150–160 ms). The journal's writes and the
/// snapshot store's writes take turns on the same file, so every snapshot that happened to overlap
/// a journal transaction stalled the journal's queue, and every command behind it, for 150 ms.
/// With <c>PRAGMA busy_timeout</c> SQLite retries after 1, 2, 5, 10 … ms up to the same limit as
/// the connection's own timeout (<see cref="StorageFaultSettings.SqliteBusyTimeout"/>), so an
/// outage still fails within that time.
/// </para>
/// </summary>
public sealed class SqliteLockWait(TimeSpan limit) : ConnectionInterceptor
{
    private readonly string _pragma = "PRAGMA busy_timeout = " + ((int)limit.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    public override void ConnectionOpened(ConnectionEventData eventData, DbConnection connection) => Apply(connection);

    public override Task ConnectionOpenedAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken)
    {
        Apply(connection); // Microsoft.Data.Sqlite has no asynchronous I/O: the async call would run to the end anyway
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }
}
