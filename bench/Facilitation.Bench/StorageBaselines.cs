using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Facilitation.Bench;

/// <summary>
/// Raw durable inserts in the journal's table layout (Akka.Persistence.Sql's <c>journal</c> table:
/// ordering, persistence_id, sequence_number, deleted, created, manifest, message, identifier, tags,
/// writer_uuid, unique on persistence id and sequence number), 1, 10 or 100 rows a transaction: what
/// the storage could do if the journal grouped its writes. SQLite as the product opens it: WAL,
/// synchronous left at its default (FULL).
/// </summary>
public static class StorageBaselines
{
    public static readonly int[] Batches = [1, 10, 100];

    /// <summary>Each one-row transaction's time in the last SQLite measurement: the disk's commit latency, tail included.</summary>
    public static Latencies.Summary? LastSqliteCommits { get; private set; }

    public static IReadOnlyDictionary<int, double> Sqlite(string folder, TimeSpan each)
    {
        var path = Path.Combine(folder, "baseline.db");
        var rates = new Dictionary<int, double>();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, """
                CREATE TABLE journal (
                  ordering INTEGER PRIMARY KEY AUTOINCREMENT, deleted INTEGER NOT NULL, persistence_id TEXT(255) NOT NULL,
                  sequence_number INTEGER NOT NULL, created INTEGER NOT NULL, tags TEXT(100) NULL, message BLOB NOT NULL,
                  identifier INTEGER NULL, manifest TEXT(500) NOT NULL, writer_uuid TEXT(128) NULL);
                CREATE UNIQUE INDEX journal_persistence_id_sequence_number ON journal (persistence_id, sequence_number);
                CREATE INDEX journal_created ON journal (created);
                """);
            var commits = new Latencies();
            foreach (var batch in Batches) rates[batch] = Insert(connection, batch, each, commits: batch == 1 ? commits : null);
            LastSqliteCommits = commits.Summarise();
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(folder, "baseline.db*")) File.Delete(file);
        return rates;
    }

    public static IReadOnlyDictionary<int, double> Postgres(string connectionString, TimeSpan each)
    {
        var rates = new Dictionary<int, double>();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var table = "bench_journal_" + Guid.NewGuid().ToString("N")[..8];
        Execute(connection, $"""
            CREATE TABLE {table} (
              ordering BIGSERIAL PRIMARY KEY, deleted BOOLEAN NOT NULL, persistence_id VARCHAR(255) NOT NULL,
              sequence_number BIGINT NOT NULL, created BIGINT NOT NULL, tags VARCHAR(100) NULL, message BYTEA NOT NULL,
              identifier INTEGER NULL, manifest VARCHAR(500) NOT NULL, writer_uuid VARCHAR(128) NULL,
              UNIQUE (persistence_id, sequence_number));
            """);
        try
        {
            foreach (var batch in Batches) rates[batch] = Insert(connection, batch, each, table);
        }
        finally
        {
            Execute(connection, $"DROP TABLE {table};");
        }
        return rates;
    }

    private static double Insert(DbConnection connection, int batch, TimeSpan each, string table = "journal", Latencies? commits = null)
    {
        var payload = new byte[220];
        Random.Shared.NextBytes(payload);
        var pid = $"task-board|site-{batch:D4}";
        long sequence = 0;
        var rows = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < each)
        {
            var began = Stopwatch.GetTimestamp();
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table} (deleted, persistence_id, sequence_number, created, tags, message, identifier, manifest, writer_uuid) " +
                                  "VALUES (@deleted, @pid, @seq, @created, NULL, @message, 1, 'task-raised', @writer)";
            Parameter(command, "@deleted", connection is SqliteConnection ? 0 : false);
            Parameter(command, "@pid", pid);
            var seq = Parameter(command, "@seq", 0L);
            var created = Parameter(command, "@created", 0L);
            Parameter(command, "@message", payload);
            Parameter(command, "@writer", "bench");
            command.Prepare();
            for (var i = 0; i < batch; i++)
            {
                seq.Value = ++sequence;
                created.Value = DateTime.UtcNow.Ticks;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            commits?.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            rows += batch;
        }
        return rows / watch.Elapsed.TotalSeconds;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
