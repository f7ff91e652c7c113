using System.Data;
using Akka.Hosting;
using Akka.Persistence.Sql.Hosting;
using Facilitation.Actors.Serialization;
using LinqToDB;

namespace Facilitation.Actors.Hosting;

public static class PersistenceHosting
{
    /// <summary>
    /// The journal and snapshot store on SQLite or PostgreSQL, with the project's own serializer.
    /// Reads run read-uncommitted: on SQLite the default isolation becomes BEGIN IMMEDIATE and
    /// makes every read wait for the write lock (STACK.md, trap 18); SQLite still serialises.
    /// </summary>
    public static AkkaConfigurationBuilder AddFacilitationPersistence(this AkkaConfigurationBuilder builder, StorageSettings storage)
    {
        if (!storage.IsSqlite && !storage.IsPostgreSql)
            throw new ArgumentException($"unknown storage provider '{storage.Provider}': use sqlite or postgresql", nameof(storage));

        if (storage.IsSqlite) SqliteWriteAheadLog.Enable(storage.ConnectionString);
        PostgreSqlSchema.Ensure(storage);
        var provider = storage.IsSqlite ? ProviderName.SQLiteMS : ProviderName.PostgreSQL15;
        var journal = new SqlJournalOptions(isDefaultPlugin: true)
        {
            ConnectionString = storage.ConnectionString,
            ProviderName = provider,
            AutoInitialize = true,
            ReadIsolationLevel = storage.IsSqlite ? IsolationLevel.ReadUncommitted : null,
            // Without it, SQLite gets one transaction per event, whatever the load (trap 19).
            DataOptions = storage.IsSqlite ? SqliteWriteGrouping.JournalOptions(storage.ConnectionString) : null,
        };
        var snapshots = new SqlSnapshotOptions(isDefaultPlugin: true)
        {
            ConnectionString = storage.ConnectionString,
            ProviderName = provider,
            AutoInitialize = true,
            ReadIsolationLevel = storage.IsSqlite ? IsolationLevel.ReadUncommitted : null,
            // Lock waits inside SQLite, no fsync of their own (SqliteConnectionPragmas).
            DataOptions = storage.IsSqlite ? SqliteWriteGrouping.SnapshotOptions(storage.ConnectionString) : null,
        };
        if (storage.Schema is { } schema)
        {
            journal.DatabaseOptions = JournalDatabaseOptions.Default;
            journal.DatabaseOptions.SchemaName = schema;
            snapshots.DatabaseOptions = SnapshotDatabaseOptions.Default;
            snapshots.DatabaseOptions.SchemaName = schema;
        }

        builder
            .WithSqlPersistence(journal, snapshots)
            .WithCustomSerializer("facilitation", PersistedTypes.Bindings, system => new FacilitationSerializer(system))
            .AddRemoteMessageIds();
        builder.AddStorageFaultSettings(); // fail fast while the database is gone, recover by itself
        if (storage.IsSqlite)
        {
            builder.AddHocon("akka.persistence.journal.sql.parallelism = 1", HoconAddMode.Prepend); // one writer at a time (trap 7)
            builder.AddHocon(SqliteWriteGrouping.JournalHocon, HoconAddMode.Prepend);
        }
        return builder;
    }
}
