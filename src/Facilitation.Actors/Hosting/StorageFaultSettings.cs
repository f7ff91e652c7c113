using System.Data.Common;
using System.Globalization;
using Akka.Hosting;
using Facilitation.Actors.Persistence;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// How the node behaves when its database is gone (stopped, unreachable, its SQLite file locked by
/// another process): every call to storage gives up within a few seconds instead of half a
/// minute, the journal's circuit breaker then refuses at once, and tries again on its own every
/// <see cref="ResetTimeout"/> so the node recovers without a restart. A refused write is never
/// acknowledged: the caller gets a 503 and sends the same command id again.
/// </summary>
public static class StorageFaultSettings
{
    /// <summary>
    /// How long a SQLite statement waits for another connection's write lock before failing
    /// (Microsoft.Data.Sqlite's default is 30 s). Within the node writes hold the lock for
    /// milliseconds (WAL, one journal writer), so 2 s only runs out when another process holds it.
    /// </summary>
    public static readonly TimeSpan SqliteBusyTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long opening a PostgreSQL connection may take (Npgsql's default is 15 s); a refused connection fails at once anyway.</summary>
    public static readonly TimeSpan PostgreSqlConnectTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The journal's and the snapshot store's longest call before it counts as failed (Akka's
    /// defaults: 10 s and 20 s). A call includes its wait for the group of writes ahead of it
    /// (SqliteWriteGrouping): at 3 s a burst of a few hundred first writes on a loaded 2-core
    /// machine timed out three calls and opened the breaker for everyone. In an outage the
    /// drivers fail first anyway (<see cref="SqliteBusyTimeout"/>, <see cref="PostgreSqlConnectTimeout"/>,
    /// a refused or reset connection at once), so the answers stay fast.
    /// </summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Failed calls in a row that open the breaker (Akka's defaults: 10 and 5). More than one, so
    /// that a single odd failure (a write refused for its own reasons) does not refuse everyone's.
    /// </summary>
    public const int MaxFailures = 3;

    /// <summary>
    /// How long the open breaker refuses at once before letting one call try the database again
    /// (Akka's defaults: 30 s and 60 s): how soon after the database is back the node writes again.
    /// It is also the Retry-After a refused caller is given.
    /// </summary>
    public static readonly TimeSpan ResetTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The connection string with the fail-fast timeout added, unless the operator set one.</summary>
    public static StorageSettings FailFast(StorageSettings storage)
    {
        var connection = new DbConnectionStringBuilder { ConnectionString = storage.ConnectionString };
        if (storage.IsSqlite && !HasAny(connection, "Default Timeout", "DefaultTimeout", "Command Timeout", "CommandTimeout"))
            connection["Default Timeout"] = Seconds(SqliteBusyTimeout);
        else if (storage.IsPostgreSql && !HasAny(connection, "Timeout"))
            connection["Timeout"] = Seconds(PostgreSqlConnectTimeout);
        else
            return storage;
        return storage with { ConnectionString = connection.ConnectionString };
    }

    /// <summary>The journal's and the snapshot store's circuit breakers, and the answers to messages an entity stopped by storage never took.</summary>
    public static AkkaConfigurationBuilder AddStorageFaultSettings(this AkkaConfigurationBuilder builder)
    {
        var breaker = $$"""
            circuit-breaker {
              max-failures = {{MaxFailures}}
              call-timeout = {{(int)CallTimeout.TotalMilliseconds}}ms
              reset-timeout = {{(int)ResetTimeout.TotalMilliseconds}}ms
            }
            """;
        return builder
            .AddHocon($$"""
                akka.persistence.journal.sql { {{breaker}} }
                akka.persistence.snapshot-store.sql { {{breaker}} }
                """, HoconAddMode.Prepend)
            .AddStoppedEntityAnswers();
    }

    private static bool HasAny(DbConnectionStringBuilder connection, params string[] keys) =>
        connection.Keys.Cast<string>().Any(k => keys.Any(key => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)));

    private static string Seconds(TimeSpan span) => ((int)span.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
