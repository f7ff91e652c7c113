using Facilitation.Actors.Hosting;
using Facilitation.Actors.Tests.Infrastructure;
using LinqToDB;
using LinqToDB.Data;

namespace Facilitation.Actors.Tests.Storage;

/// <summary>
/// The journal's and the snapshot store's SQLite connections let SQLite wait for a busy write lock
/// in short steps (PRAGMA busy_timeout), instead of Microsoft.Data.Sqlite's 150 ms sleep per retry.
/// The speed this buys is measured in bench/ (docs/benchmarks.md), not here.
/// </summary>
public sealed class SqliteLockWaitTests : IDisposable
{
    private readonly SqliteFile _db = new();

    public static TheoryData<string> Plugins => new() { "journal", "snapshots" };

    [Theory]
    [MemberData(nameof(Plugins))]
    public void The_plugins_connections_wait_for_the_lock_inside_SQLite_as_long_as_the_fail_fast_limit(string plugin)
    {
        var connectionString = StorageFaultSettings.FailFast(_db.Storage).ConnectionString;
        var options = plugin == "journal"
            ? SqliteWriteGrouping.JournalOptions(connectionString)
            : SqliteWriteGrouping.SnapshotOptions(connectionString);

        using var connection = new DataConnection(options);

        Assert.Equal((long)StorageFaultSettings.SqliteBusyTimeout.TotalMilliseconds, connection.Execute<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public void A_plain_connection_does_not_so_the_test_above_can_fail()
    {
        using var connection = new DataConnection(new DataOptions().UseConnectionString(ProviderName.SQLiteMS, _db.Storage.ConnectionString));

        Assert.Equal(0L, connection.Execute<long>("PRAGMA busy_timeout"));
    }

    public void Dispose() => _db.Dispose();
}
