using System.Data.Common;
using LinqToDB;
using LinqToDB.Common;
using LinqToDB.Interceptors;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// Lets the SQLite journal commit the events of many entities in one transaction.
/// <para>
/// Akka.Persistence.Sql queues every write, groups what is waiting (batch-size) and hands each group
/// to a database call, one at a time (parallelism = 1). It only groups while a call is in flight.
/// Microsoft.Data.Sqlite has no asynchronous I/O: its *Async methods run to the end before they
/// return, so the whole transaction (open, BEGIN, INSERT, COMMIT with its fsync) ran on the queue's
/// own stream actor, which therefore took the next write only after the commit, alone: one row per
/// transaction, however many entities were waiting (STACK.md, trap 19). No journal setting changes
/// that.
/// </para>
/// <para>
/// Here the journal's writing statements yield to the thread pool, so the INSERT and the COMMIT run
/// beside the stream: the writes that arrive meanwhile pile up and go together into the next
/// transaction (BEGIN still runs on the stream, so SQLite still sees one writer at a time). Each entity is still answered only when the transaction holding its event has
/// committed (the journal completes a group's writes after COMMIT): acknowledged means persisted.
/// </para>
/// </summary>
public static class SqliteWriteGrouping
{
    /// <summary>
    /// Up to 1,000 events per transaction: the default, 100, halved the rate with a thousand
    /// entities writing at once (measured in bench/Facilitation.Bench.Journal).
    /// </summary>
    public const string JournalHocon = "akka.persistence.journal.sql.batch-size = 1000";

    /// <summary>The journal's linq2db options: the same provider and connection string, plus the yield before writes.</summary>
    public static DataOptions JournalOptions(string connectionString) =>
        new DataOptions()
            .UseConnectionString(ProviderName.SQLiteMS, connectionString)
            .UseInterceptor(new YieldBeforeWrites())
            .UseInterceptor(SqliteConnectionPragmas.Journal);

    /// <summary>The snapshot store's linq2db options: the same provider and connection string, waiting on SQLite's own lock retry, without an fsync of their own (SqliteConnectionPragmas).</summary>
    public static DataOptions SnapshotOptions(string connectionString) =>
        new DataOptions()
            .UseConnectionString(ProviderName.SQLiteMS, connectionString)
            .UseInterceptor(SqliteConnectionPragmas.Snapshots);

    /// <summary>
    /// Yields before each INSERT, UPDATE or DELETE. Reads are left as they were: the write queue does
    /// not wait on them, and recovering entities' queries then stay one at a time on few connections.
    /// </summary>
    private sealed class YieldBeforeWrites : CommandInterceptor
    {
        public override async Task<Option<int>> ExecuteNonQueryAsync(CommandEventData eventData, DbCommand command, Option<int> result, CancellationToken cancellationToken)
        {
            await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            return result;
        }
    }
}
