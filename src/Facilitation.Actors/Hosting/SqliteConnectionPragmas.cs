using System.Data.Common;
using System.Globalization;
using LinqToDB.Interceptors;
using Microsoft.Data.Sqlite;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// Sets the journal's or the snapshot store's SQLite settings on every connection they open, pooled
/// or new (the two plugins share Microsoft.Data.Sqlite's pool, so each sets all of its own).
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite itself waits for another connection's write lock, retrying
/// after 1, 2, 5, 10 … ms up to <see cref="StorageFaultSettings.SqliteBusyTimeout"/>. Without it
/// Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms before trying again (measured
/// here: a lock held 10 ms cost the waiter 150–160 ms): every snapshot that overlapped a journal
/// transaction stalled the journal's queue, and every command behind it, for 150 ms.</item>
/// <item><c>synchronous</c>: FULL for the journal, so that a commit is on disk before any entity is
/// answered (acknowledged means persisted). NORMAL for snapshots: a snapshot's commit does not wait
/// for its own fsync. The file stays consistent (WAL), the next journal commit syncs the log with
/// the snapshot in it, and a snapshot lost to a power cut only means a longer replay of events that
/// are on disk: snapshots are a shortcut, never the record.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionPragmas : ConnectionInterceptor
{
    private readonly string _pragmas;

    private SqliteConnectionPragmas(bool syncEveryCommit) =>
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(int)StorageFaultSettings.SqliteBusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(syncEveryCommit ? "FULL" : "NORMAL")};");

    /// <summary>The journal's: wait for the lock, sync every commit.</summary>
    public static SqliteConnectionPragmas Journal { get; } = new(syncEveryCommit: true);

    /// <summary>The snapshot store's: wait for the lock, leave the sync to the journal's next commit.</summary>
    public static SqliteConnectionPragmas Snapshots { get; } = new(syncEveryCommit: false);

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
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}
