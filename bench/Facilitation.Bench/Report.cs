using System.Globalization;
using System.Text;

namespace Facilitation.Bench;

/// <summary>The run's figures, each beside its baseline and the issue's target (issue 8).</summary>
public static class Report
{
    public static string Write(BenchOptions options, string storage, LoadResult load, Baselines? baselines, string? extra)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        Line($"## Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {options.Sites} site(s), {options.EffectiveActiveSites} active, {load.Clients} SignalR client(s), {options.Concurrency} in flight, rate {(options.Rate > 0 ? options.Rate.ToString(CultureInfo.InvariantCulture) : "max")}, {storage}");
        Line($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Line($"");
        Line($"| figure | value | baseline (same run) | ratio | target | met |");
        Line($"|---|---|---|---|---|---|");

        // The storage baseline is the host's own storage: SQLite, or PostgreSQL when the run used it.
        var store = options.Postgres is not null && baselines?.Postgres is { } pgRates ? pgRates : baselines?.Sqlite;
        var storeName = options.Postgres is not null ? "PostgreSQL" : "SQLite";
        var sqliteBest = store?.Values.Max() ?? double.NaN;
        var smaller = baselines is null ? double.NaN : Math.Min(sqliteBest, baselines.PostsPerSecond);
        var rateMet = load.CommandsPerSecond >= 5000 && (baselines is null || load.CommandsPerSecond >= smaller / 2);
        Line($"| persisted commands/s sustained | {load.CommandsPerSecond:0} | min({storeName} batched {N(sqliteBest, "0")} rows/s, bare POST {N(baselines?.PostsPerSecond ?? double.NaN, "0")}/s) = {N(smaller, "0")} | {N(load.CommandsPerSecond / smaller, "0.000")} | ≥ 5,000 and ≥ half the baseline | {Met(rateMet)} |");
        var oneRow = store?.GetValueOrDefault(1) ?? double.NaN;
        Line($"| (the same against raw {storeName} at 1 row a transaction, the journal's way today) | {load.CommandsPerSecond:0} | {N(oneRow, "0")} rows/s | {N(load.CommandsPerSecond / oneRow, "0.00")} | — | |");
        Line($"| command → 2xx p50/p95/p99/max (ms) | {Four(load.Acks)} | bare POST {Four(baselines?.Posts)} | p99 ×{N(load.Acks.P99 / (baselines?.Posts.P99 ?? double.NaN), "0.0")} | — | |");
        Line($"| (the same against one raw SQLite commit of one row) | {Four(load.Acks)} | {Four(baselines?.SqliteCommit)} | p99 ×{N(load.Acks.P99 / (baselines?.SqliteCommit?.P99 ?? double.NaN), "0.0")} | — | |");
        var bareP99 = baselines?.Broadcast.P99 ?? double.NaN;
        var pushTarget = load.Clients / Math.Max(1, options.ClientSites) >= 200 ? 50.0 : 15.0;
        var pushMet = load.Push.Count > 0 && load.Push.P99 <= pushTarget && (pushTarget == 50 || baselines is null || load.Push.P99 <= 3 * bareP99);
        Line($"| command → push on every client p50/p95/p99/max (ms) | {Four(load.Push)} | bare broadcast {Four(baselines?.Broadcast)} | p99 ×{N(load.Push.P99 / bareP99, "0.0")} | {(pushTarget == 15 ? "p99 ≤ 3× bare and < 15 ms" : "p99 < 50 ms")} | {Met(pushMet)} |");
        text.AppendLine();
        Line($"the last client's push relative to the command's 2xx (negative: before it): {load.PushAfterAck}");
        Line($"acknowledged in {load.Seconds:0.0} s: {load.Acknowledged}; pushes matched {load.PushesMatched}, missing on some client {load.PushesMissing}");
        Line($"mix sent: {string.Join(", ", load.Mix.OrderByDescending(m => m.Value).Select(m => $"{m.Key} {m.Value}"))}");
        Line($"errors: {(load.Errors.Count == 0 ? "none" : string.Join(", ", load.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key}: {e.Value}")))}");
        foreach (var (kind, summary) in load.AcksByKind) Line($"  2xx latency of {kind}: {summary}");
        if (load.HostBefore is { } before && load.HostAfter is { } after)
        {
            Line($"host: RSS {after.RssBytes / 1048576.0:0} MB at the end (peak {load.HostPeakRss / 1048576.0:0} MB), {after.RssBytes / 1048576.0 / options.Sites:0.00} MB per registered site; CPU {ProcessSample.CoresBetween(before, after):0.00} cores over the measured time");
        }
        if (load.HostGc is { } gc) text.AppendLine(gc);
        if (baselines is not null)
        {
            Line($"SQLite raw inserts: {string.Join(", ", baselines.Sqlite.Select(r => $"{r.Key} row(s)/tx {r.Value:0} rows/s"))}");
            if (baselines.Postgres is { } pg) Line($"PostgreSQL raw inserts: {string.Join(", ", pg.Select(r => $"{r.Key} row(s)/tx {r.Value:0} rows/s"))}");
        }
        if (extra is not null) text.AppendLine(extra);
        return text.ToString();
    }

    private static string Four(Latencies.Summary? s) => s is null || s.Count == 0
        ? "—"
        : FormattableString.Invariant($"{s.P50:0.0} / {s.P95:0.0} / {s.P99:0.0} / {s.Max:0.0}");

    private static string N(double value, string format) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "—" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
