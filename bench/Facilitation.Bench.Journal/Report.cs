using Npgsql;

namespace Facilitation.Bench.Journal;

/// <summary>Prints the figures, each throughput also as a ratio to the raw baselines of the same run.</summary>
internal static class Report
{
    /// <summary>One SQLite round: the stock journal, the product's, and raw inserts, one after the other.</summary>
    public sealed record Round(JournalRun.Result Stock, JournalRun.Result Product, IReadOnlyDictionary<int, double> Raw);

    public static void Print(string store, Round round)
    {
        Console.WriteLine();
        Console.WriteLine($"== {store}");
        Journal("stock journal (before)", round.Stock, round.Raw);
        Journal("product journal", round.Product, round.Raw);
        foreach (var (size, rate) in round.Raw) Console.WriteLine($"raw inserts, {size,3} rows/tx   {rate,10:F0} rows/s");
        Console.WriteLine($"product / stock: writes x{round.Product.EventsPerSecond / round.Stock.EventsPerSecond:F1}, " +
                          $"recovery time x{round.Product.RecoverSeconds / round.Stock.RecoverSeconds:F2}, " +
                          $"empty starts time x{round.Product.EmptyStartSeconds / round.Stock.EmptyStartSeconds:F2}");
    }

    public static void Print(string store, JournalRun.Result journal, IReadOnlyDictionary<int, double> raw)
    {
        Console.WriteLine();
        Console.WriteLine($"== {store}");
        Journal("journal", journal, raw);
        foreach (var (size, rate) in raw) Console.WriteLine($"raw inserts, {size,3} rows/tx   {rate,10:F0} rows/s");
    }

    public static void PrintMedians(IReadOnlyList<Round> rounds)
    {
        double Median(Func<Round, double> figure)
        {
            var values = rounds.Select(figure).Order().ToArray();
            return values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
        }

        Console.WriteLine();
        Console.WriteLine($"== SQLite, medians of {rounds.Count} rounds");
        foreach (var (name, pick) in new (string, Func<Round, JournalRun.Result>)[] { ("stock journal (before)", r => r.Stock), ("product journal", r => r.Product) })
        {
            Console.WriteLine($"{name,-24} {Median(r => pick(r).EventsPerSecond),8:F0} events/s  p50 {Median(r => pick(r).P50),6:F1} ms  p99 {Median(r => pick(r).P99),7:F1} ms  " +
                              $"{Median(r => pick(r).RowsPerTransaction),6:F1} rows/tx  " +
                              $"journal/raw(100/tx) {Median(r => pick(r).EventsPerSecond / r.Raw[100]),5:F2}  " +
                              $"recover {Median(r => pick(r).RecoverSeconds),5:F2} s  empty starts {Median(r => pick(r).EmptyStartSeconds),5:F2} s");
        }
        foreach (var size in RawInserts.RowsPerTransaction)
            Console.WriteLine($"raw inserts, {size,3} rows/tx   {Median(r => r.Raw[size]),8:F0} rows/s");
        Console.WriteLine($"product / stock (median of per-round ratios): writes x{Median(r => r.Product.EventsPerSecond / r.Stock.EventsPerSecond):F1}, " +
                          $"recovery time x{Median(r => r.Product.RecoverSeconds / r.Stock.RecoverSeconds):F2}, " +
                          $"empty starts time x{Median(r => r.Product.EmptyStartSeconds / r.Stock.EmptyStartSeconds):F2}");
    }

    private static void Journal(string name, JournalRun.Result journal, IReadOnlyDictionary<int, double> raw)
    {
        Console.WriteLine($"{name}: {journal.EventsPerSecond:F0} events/s ({journal.Events} events in {journal.Seconds:F2} s), " +
                          $"ack p50 {journal.P50:F1} ms p99 {journal.P99:F1} ms, " +
                          $"{journal.Commits} commits for {journal.Rows} rows ({journal.RowsPerTransaction:F1} rows/tx), " +
                          $"journal/raw: {string.Join(", ", raw.Select(r => $"{journal.EventsPerSecond / r.Value:F2} vs {r.Key}/tx"))}");
        Console.WriteLine($"  recover {journal.Recovered} events in {journal.RecoverSeconds:F2} s " +
                          $"({journal.Recovered / journal.RecoverSeconds:F0} events/s, actors started on a new actor system); " +
                          $"as many actors with no history: {journal.EmptyStartSeconds:F2} s");
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
