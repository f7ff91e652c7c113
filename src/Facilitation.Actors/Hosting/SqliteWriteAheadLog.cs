using Microsoft.Data.Sqlite;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// Puts a SQLite database in write-ahead-log mode before the journal opens it. In the default
/// rollback mode a writer waits for every reader and every reader for a writer: recovering entities
/// and persisting ones then spin in SQLite's busy loop (sleeping on pool threads) until asks time
/// out. In WAL mode readers and the writer do not block each other, and a commit costs one fsync
/// instead of four to six (STACK.md, trap 20). The mode is stored in the file, so no per-connection
/// pragma (and no DataOptions) is needed; synchronous stays FULL: acknowledged means on disk.
/// </summary>
public static class SqliteWriteAheadLog
{
    public static void Enable(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        string? mode;
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            mode = command.ExecuteScalar() as string;
        }
        catch (SqliteException e)
        {
            throw new StorageUnusableException(StorageUnusableException.ConnectionStringSetting, $"the SQLite file {connection.DataSource} cannot be opened as a database", e);
        }
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"SQLite refused write-ahead-log mode (it stays '{mode}') for {connection.DataSource}");
    }
}
