namespace Facilitation.Bench;

/// <summary>The baselines of a run, each measured on this machine in the same run.</summary>
public sealed record Baselines(
    Latencies.Summary Broadcast, int BroadcastClients, double BroadcastRate,
    double PostsPerSecond, Latencies.Summary Posts,
    IReadOnlyDictionary<int, double> Sqlite, IReadOnlyDictionary<int, double>? Postgres, Latencies.Summary? SqliteCommit)
{
    public static async Task<Baselines> Measure(BenchOptions options, string folder)
    {
        Console.WriteLine("Baselines (same machine, same run):");
        using var bare = ChildProcess.Start("bare server", RepoPaths.BenchDll, ["--bare-hub"], new Dictionary<string, string>(), folder);
        await bare.Ready("/healthz", TimeSpan.FromSeconds(30));
        var clients = Math.Max(1, options.Clients);
        // The broadcast at the run's own pace when one is given (a message to the same clients, as often), else 200/s.
        var rate = options.Rate > 0 ? Math.Max(5, options.Rate) : 200;
        var broadcast = await BareBaselines.Broadcast(bare.Address, clients, rate, TimeSpan.FromSeconds(10));
        Console.WriteLine($"  bare SignalR broadcast, {clients} clients at {rate}/s: {broadcast}");
        var (perSecond, posts) = await BareBaselines.Posts(bare.Address, options.Concurrency, TimeSpan.FromSeconds(10));
        Console.WriteLine($"  bare minimal-API POST, {options.Concurrency} in flight: {perSecond:0} req/s, {posts}");
        bare.Dispose();

        var sqlite = StorageBaselines.Sqlite(folder, TimeSpan.FromSeconds(3));
        Console.WriteLine("  raw SQLite inserts (WAL, synchronous FULL): " + string.Join(", ", sqlite.Select(r => $"{r.Key}/tx {r.Value:0} rows/s")));
        Console.WriteLine($"  raw SQLite one-row transaction (the disk's commit): {StorageBaselines.LastSqliteCommits}");
        IReadOnlyDictionary<int, double>? postgres = null;
        if (options.Postgres is not null)
        {
            postgres = StorageBaselines.Postgres(options.Postgres, TimeSpan.FromSeconds(3));
            Console.WriteLine("  raw PostgreSQL inserts: " + string.Join(", ", postgres.Select(r => $"{r.Key}/tx {r.Value:0} rows/s")));
        }
        return new Baselines(broadcast, clients, rate, perSecond, posts, sqlite, postgres, StorageBaselines.LastSqliteCommits);
    }
}
