using System.Text;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Time;
using Microsoft.Data.Sqlite;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>What Akka.Persistence.Sql wrote in a SQLite file, read with plain SQL.</summary>
public static class Journal
{
    public sealed record Row(long Ordering, string PersistenceId, long SequenceNr, string Manifest, int SerializerId, byte[] Payload)
    {
        public string Text => Encoding.UTF8.GetString(Payload);
    }

    public static string WeekId(SiteId site, IsoWeek week) => $"week-{site}-{week}";

    public static string ShiftId(SiteId site, ShiftId shift) => $"shift-{site}-{shift}";

    /// <summary>The persistence id of a site's task board.</summary>
    public static string TasksId(SiteId site) => $"tasks-{site}";

    public static IReadOnlyList<string> Tables(SqliteFile db)
    {
        using var connection = db.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        return Read(command, r => r.GetString(0));
    }

    public static IReadOnlyList<string> Columns(SqliteFile db, string table)
    {
        using var connection = db.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        return Read(command, r => r.GetString(0));
    }

    /// <summary>The rows of one persistent actor, in sequence order.</summary>
    public static IReadOnlyList<Row> Rows(SqliteFile db, string persistenceId)
    {
        using var connection = db.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT ordering, persistence_id, sequence_number, manifest, identifier, message
            FROM journal WHERE persistence_id = $id ORDER BY sequence_number
            """;
        command.Parameters.AddWithValue("$id", persistenceId);
        return Read(command, r => new Row(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetInt32(4), (byte[])r.GetValue(5)));
    }

    public sealed record Snapshot(string PersistenceId, long SequenceNr, string Manifest, int SerializerId, byte[] Payload)
    {
        public string Text => Encoding.UTF8.GetString(Payload);
    }

    /// <summary>The snapshots of one persistent actor, in sequence order.</summary>
    public static IReadOnlyList<Snapshot> Snapshots(SqliteFile db, string persistenceId)
    {
        using var connection = db.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT persistence_id, sequence_number, manifest, serializer_id, snapshot
            FROM snapshot WHERE persistence_id = $id ORDER BY sequence_number
            """;
        command.Parameters.AddWithValue("$id", persistenceId);
        return Read(command, r => new Snapshot(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), (byte[])r.GetValue(4)));
    }

    public static IReadOnlyList<string> Manifests(SqliteFile db, string persistenceId) =>
        Rows(db, persistenceId).Select(r => r.Manifest).ToList();

    private static List<T> Read<T>(SqliteCommand command, Func<SqliteDataReader, T> map)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
