using Microsoft.Data.Sqlite;

namespace Facilitation.Bench;

/// <summary>
/// What the journal really wrote during the measured seconds: rows of the SQLite file's
/// <c>journal</c> table whose <c>created</c> (UTC ticks) falls in the window, by event manifest.
/// Read after the host has stopped.
/// </summary>
public static class JournalCount
{
    public static string? Describe(string database, DateTime from, DateTime to, int commands)
    {
        if (!File.Exists(database)) return null;
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT manifest, count(*) FROM journal WHERE created >= @from AND created < @to GROUP BY manifest ORDER BY 2 DESC";
        command.Parameters.AddWithValue("@from", from.Ticks);
        command.Parameters.AddWithValue("@to", to.Ticks);
        var counts = new List<(string Manifest, long Rows)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) counts.Add((reader.GetString(0), reader.GetInt64(1)));
        }
        var rows = counts.Sum(c => c.Rows);
        var seconds = (to - from).TotalSeconds;
        return FormattableString.Invariant(
            $"journal during the measured time: {rows} rows, {rows / seconds:0} rows/s, {(commands == 0 ? 0 : (double)rows / commands):0.00} rows per acknowledged command ({string.Join(", ", counts.Take(8).Select(c => $"{c.Manifest} {c.Rows}"))})");
    }
}
