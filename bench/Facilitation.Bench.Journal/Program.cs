using System.Globalization;
using Facilitation.Actors.Hosting;
using Facilitation.Bench.Journal;
using Microsoft.Data.Sqlite;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
if (options.Trace) TransactionCounter.Install();

Console.WriteLine($"journal bench: {options.Actors} actors x {options.Events} events ({options.PayloadBytes}-byte payloads), {options.Rounds} round(s), " +
                  $"{(options.Hocon is null ? "" : $"HOCON [{options.Hocon}], ")}{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

var rounds = new List<Report.Round>();
for (var round = 1; round <= options.Rounds; round++)
{
    var folder = Path.Combine(Path.GetTempPath(), "facilitation-bench-journal", Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    try
    {
        StorageSettings Sqlite(string name) => new() { Provider = "sqlite", ConnectionString = $"Data Source={Path.Combine(folder, name)}" };
        // Alternate which goes first, so that neither always runs on a warmer (or more fragmented) process.
        JournalRun.Result stock, product;
        if (round % 2 == 1)
        {
            stock = await JournalRun.RunAsync(Sqlite("stock.db"), options, "s", stock: true);
            product = await JournalRun.RunAsync(Sqlite("product.db"), options, "p");
        }
        else
        {
            product = await JournalRun.RunAsync(Sqlite("product.db"), options, "p");
            stock = await JournalRun.RunAsync(Sqlite("stock.db"), options, "s", stock: true);
        }
        var raw = RawInserts.Sqlite(Path.Combine(folder, "product.db"), folder, options);
        var result = new Report.Round(stock, product, raw);
        rounds.Add(result);
        Report.Print($"SQLite (WAL, synchronous FULL), round {round}", result);
    }
    finally
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
if (rounds.Count > 1) Report.PrintMedians(rounds);

if (options.PostgreSql is { } postgres)
{
    var storage = new StorageSettings { Provider = "postgresql", ConnectionString = postgres };
    var runId = Guid.NewGuid().ToString("N")[..8];
    var journal = await JournalRun.RunAsync(storage, options, runId);
    var raw = await RawInserts.PostgreSqlAsync(postgres, options);
    Report.Print("PostgreSQL (the product's journal; the stock one is the same there)", journal, raw);
    await Report.CleanPostgreSqlAsync(postgres, runId);
}
