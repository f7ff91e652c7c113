using System.Data;
using Akka.Hosting;
using Akka.Persistence.Sql.Hosting;
using Facilitation.Actors.Hosting;
using LinqToDB;

namespace Facilitation.Bench.Journal;

/// <summary>
/// The reference to measure against in the same run: the SQLite journal as the product configured it
/// before write grouping (Akka.Persistence.Sql with a connection string, WAL, read-uncommitted reads,
/// parallelism 1, default batch-size), i.e. AddFacilitationPersistence as of commit f26f383.
/// </summary>
internal static class StockPersistence
{
    public static AkkaConfigurationBuilder AddStockSqlitePersistence(this AkkaConfigurationBuilder builder, StorageSettings storage)
    {
        SqliteWriteAheadLog.Enable(storage.ConnectionString);
        var journal = new SqlJournalOptions(isDefaultPlugin: true)
        {
            ConnectionString = storage.ConnectionString,
            ProviderName = ProviderName.SQLiteMS,
            AutoInitialize = true,
            ReadIsolationLevel = IsolationLevel.ReadUncommitted,
        };
        var snapshots = new SqlSnapshotOptions(isDefaultPlugin: true)
        {
            ConnectionString = storage.ConnectionString,
            ProviderName = ProviderName.SQLiteMS,
            AutoInitialize = true,
            ReadIsolationLevel = IsolationLevel.ReadUncommitted,
        };
        return builder
            .WithSqlPersistence(journal, snapshots)
            .AddHocon("akka.persistence.journal.sql.parallelism = 1", HoconAddMode.Prepend);
    }
}
