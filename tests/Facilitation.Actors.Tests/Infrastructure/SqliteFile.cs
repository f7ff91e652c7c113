using Facilitation.Actors.Hosting;
using Microsoft.Data.Sqlite;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// A SQLite file of its own for one test, in a fresh temporary folder (the journal cannot use an
/// in-memory database: STACK.md, trap 4). Deleted with its folder at the end.
/// </summary>
public sealed class SqliteFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "facilitation-actors-tests", Guid.NewGuid().ToString("N"));

    public SqliteFile()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "journal.db");
    }

    public string Path { get; }

    public StorageSettings Storage => new() { Provider = "sqlite", ConnectionString = $"Data Source={Path}" };

    /// <summary>A connection of the test's own, outside the pool, to look at what the journal wrote.</summary>
    public SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Runs one statement on the file, as an operator would with the sqlite3 shell.</summary>
    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Makes the journal refuse the events of entities whose persistence id starts with
    /// <paramref name="prefix"/> (a trigger that aborts their inserts, as a full disk would), until
    /// <see cref="AcceptJournalWrites"/> with the same prefix.
    /// </summary>
    public void RefuseJournalWrites(string prefix) => Execute($"""
        CREATE TRIGGER refuse_{prefix} BEFORE INSERT ON journal WHEN NEW.persistence_id LIKE '{prefix}-%'
        BEGIN SELECT RAISE(ABORT, 'disk full'); END
        """);

    /// <summary>Takes back <see cref="RefuseJournalWrites"/>.</summary>
    public void AcceptJournalWrites(string prefix) => Execute($"DROP TRIGGER refuse_{prefix}");

    /// <summary>
    /// Takes the file's write lock (BEGIN IMMEDIATE), as another writer would, until disposed: the
    /// journal's writes wait meanwhile, in SQLite's busy loop, while readers go on (WAL mode).
    /// </summary>
    public IDisposable HoldWriteLock()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        Run(connection, "BEGIN IMMEDIATE");
        return new WriteLock(connection);
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class WriteLock(SqliteConnection connection) : IDisposable
    {
        public void Dispose()
        {
            Run(connection, "ROLLBACK");
            connection.Dispose();
        }
    }

    public void Dispose()
    {
        // The journal's pooled connections keep the file open until the pools are cleared.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a connection being disposed: the temp folder is swept by the OS.
        }
    }
}
