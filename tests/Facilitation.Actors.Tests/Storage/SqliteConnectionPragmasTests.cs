using Facilitation.Actors.Hosting;
using Facilitation.Actors.Tests.Infrastructure;
using LinqToDB;
using LinqToDB.Data;

namespace Facilitation.Actors.Tests.Storage;

/// <summary>
/// The journal's and the snapshot store's SQLite connections let SQLite wait for a busy write lock
/// in short steps (PRAGMA busy_timeout), instead of Microsoft.Data.Sqlite's 150 ms sleep per retry;
/// the journal syncs every commit (acknowledged means persisted), the snapshot store leaves the sync
/// to the journal. The speed this buys is measured in bench/ (docs/benchmarks.md), not here.
/// </summary>
public sealed class SqliteConnectionPragmasTests : IDisposable
{
    private const long Full = 2;
    private const long Normal = 1;

    private readonly SqliteFile _db = new();

    private string ConnectionString => StorageFaultSettings.FailFast(_db.Storage).ConnectionString;

    [Fact]
    public void The_journal_waits_for_the_lock_inside_SQLite_and_syncs_every_commit()
    {
        using var connection = new DataConnection(SqliteWriteGrouping.JournalOptions(ConnectionString));

        Assert.Equal(BusyTimeoutMilliseconds, Pragma(connection, "busy_timeout"));
        Assert.Equal(Full, Pragma(connection, "synchronous"));
    }

    [Fact]
    public void The_snapshot_store_waits_for_the_lock_inside_SQLite_and_leaves_the_sync_to_the_journal()
    {
        using var connection = new DataConnection(SqliteWriteGrouping.SnapshotOptions(ConnectionString));

        Assert.Equal(BusyTimeoutMilliseconds, Pragma(connection, "busy_timeout"));
        Assert.Equal(Normal, Pragma(connection, "synchronous"));
    }

    [Fact]
    public void A_pooled_connection_the_snapshot_store_used_syncs_every_commit_again_when_the_journal_takes_it()
    {
        using (var snapshots = new DataConnection(SqliteWriteGrouping.SnapshotOptions(ConnectionString)))
            Assert.Equal(Normal, Pragma(snapshots, "synchronous"));

        using var journal = new DataConnection(SqliteWriteGrouping.JournalOptions(ConnectionString));

        Assert.Equal(Full, Pragma(journal, "synchronous"));
    }

    [Fact]
    public void A_plain_connection_has_neither_so_the_tests_above_can_fail()
    {
        using var connection = new DataConnection(new DataOptions().UseConnectionString(ProviderName.SQLiteMS, ConnectionString));

        Assert.Equal(0L, Pragma(connection, "busy_timeout"));
        Assert.Equal(Full, Pragma(connection, "synchronous"));
    }

    private static long BusyTimeoutMilliseconds => (long)StorageFaultSettings.SqliteBusyTimeout.TotalMilliseconds;

    private static long Pragma(DataConnection connection, string name) => connection.Execute<long>("PRAGMA " + name);

    public void Dispose() => _db.Dispose();
}
