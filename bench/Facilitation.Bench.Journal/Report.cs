using Npgsql;

namespace Facilitation.Bench.Journal;

/// <summary>Prints one store's figures, each throughput also as a ratio to the raw baselines of the same run.</summary>
internal static class Report
{
    public static void Print(string store, JournalRun.Result journal, IReadOnlyDictionary<int, double> raw)
    {
        Console.WriteLine();
        Console.WriteLine($"== {store}");
        Console.WriteLine($"journal, persist+ack   {journal.EventsPerSecond,10:F0} events/s   ({journal.Events} events in {journal.Seconds:F2} s)");
        Console.WriteLine($"  ack latency          p50 {journal.P50:F1} ms   p99 {journal.P99:F1} ms");
        Console.WriteLine($"  transactions         {journal.Commits} commits, {journal.Inserts} INSERT statements, {journal.Rows} rows: " +
                          $"{journal.RowsPerTransaction:F1} rows per transaction");
        foreach (var (size, rate) in raw)
            Console.WriteLine($"raw inserts, {size,3}/tx    {rate,10:F0} rows/s     journal / raw = {journal.EventsPerSecond / rate:F2}");
        Console.WriteLine($"recover {journal.Recovered} events in {journal.RecoverSeconds:F2} s " +
                          $"(start + replay of the same actors on a new actor system: {journal.Recovered / journal.RecoverSeconds:F0} events/s)");
        Console.WriteLine($"start as many actors with no history: {journal.EmptyStartSeconds:F2} s");
    }

    public static async Task CleanPostgreSqlAsync(string connectionString, string runId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DELETE FROM public.journal WHERE persistence_id LIKE @prefix", connection);
        command.Parameters.AddWithValue("prefix", $"bench-{runId}-%");
        await command.ExecuteNonQueryAsync();
    }
}
