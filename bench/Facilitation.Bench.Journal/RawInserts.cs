using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Facilitation.Bench.Journal;

/// <summary>
/// The baseline: the same rows written straight into a table of the journal's own layout, with
/// plain ADO.NET, one transaction per 1, 10 or 100 rows, durable as the journal is (SQLite in WAL
/// mode with synchronous FULL, as the product leaves it; PostgreSQL with its defaults).
/// </summary>
internal static class RawInserts
{
    public static readonly int[] RowsPerTransaction = [1, 10, 100];

    /// <summary>Rows per second for each transaction size, into a fresh file with the journal table copied from <paramref name="journalFile"/>.</summary>
    public static IReadOnlyDictionary<int, double> Sqlite(string journalFile, string folder, BenchOptions options)
    {
        var ddl = new List<string>();
        using (var source = new SqliteConnection($"Data Source={journalFile};Mode=ReadOnly;Pooling=False"))
        {
            source.Open();
            using var command = source.CreateCommand();
            command.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name = 'journal' AND sql IS NOT NULL ORDER BY type DESC";
            using var reader = command.ExecuteReader();
            while (reader.Read()) ddl.Add(reader.GetString(0));
        }

        var results = new Dictionary<int, double>();
        foreach (var size in RowsPerTransaction)
        {
            var file = Path.Combine(folder, $"raw-{size}.db");
            using var connection = new SqliteConnection($"Data Source={file}");
            connection.Open();
            Run(connection, "PRAGMA journal_mode=WAL;");
            foreach (var statement in ddl) Run(connection, statement);
            results[size] = Insert(connection, size, options);
        }
        return results;
    }

    public static async Task<IReadOnlyDictionary<int, double>> PostgreSqlAsync(string connectionString, BenchOptions options)
    {
        var results = new Dictionary<int, double>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var size in RowsPerTransaction)
        {
            Run(connection, "DROP TABLE IF EXISTS bench_raw_journal; CREATE TABLE bench_raw_journal (LIKE public.journal INCLUDING ALL)");
            results[size] = Insert(connection, size, options, table: "bench_raw_journal");
        }
        Run(connection, "DROP TABLE IF EXISTS bench_raw_journal");
        return results;
    }

    private static double Insert(DbConnection connection, int size, BenchOptions options, string table = "journal")
    {
        var payload = System.Text.Encoding.UTF8.GetBytes(new string('x', options.PayloadBytes));
        var rows = Math.Max(size, options.RawRows / size * size);
        var clock = Stopwatch.StartNew();
        for (var written = 0; written < rows; written += size)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                INSERT INTO {table} (persistence_id, sequence_number, deleted, created, message, identifier, manifest)
                VALUES (@id, @seq, false, @created, @message, 1, '')
                """;
            var id = Parameter(command, "id");
            var seq = Parameter(command, "seq");
            Parameter(command, "created").Value = DateTime.UtcNow.Ticks;
            Parameter(command, "message").Value = payload;
            for (var i = 0; i < size; i++)
            {
                id.Value = $"raw-{(written + i) % options.Actors}";
                seq.Value = (long)(written + i) / options.Actors + 1;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return rows / clock.Elapsed.TotalSeconds;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static void Run(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
