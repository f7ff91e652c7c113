using System.Globalization;
using Facilitation.Actors.Hosting;
using Facilitation.Bench.Journal;
using Microsoft.Data.Sqlite;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
if (options.Trace) TransactionCounter.Install();

Console.WriteLine($"journal bench: {options.Actors} actors x {options.Events} events ({options.PayloadBytes}-byte payloads), " +
                  $"{(options.Hocon is null ? "" : $"HOCON [{options.Hocon}], ")}{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

var folder = Path.Combine(Path.GetTempPath(), "facilitation-bench-journal", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var file = Path.Combine(folder, "journal.db");
    var sqlite = new StorageSettings { Provider = "sqlite", ConnectionString = $"Data Source={file}" };
    var journal = await JournalRun.RunAsync(sqlite, options, "s");
    var raw = RawInserts.Sqlite(file, folder, options);
    Report.Print("SQLite (WAL, synchronous FULL)", journal, raw);
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

if (options.PostgreSql is { } postgres)
{
    var storage = new StorageSettings { Provider = "postgresql", ConnectionString = postgres };
    var runId = Guid.NewGuid().ToString("N")[..8];
    var journal = await JournalRun.RunAsync(storage, options, runId);
    var raw = await RawInserts.PostgreSqlAsync(postgres, options);
    Report.Print("PostgreSQL", journal, raw);
    await Report.CleanPostgreSqlAsync(postgres, runId);
}
