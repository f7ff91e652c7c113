using System.Diagnostics;
using Akka.Actor;
using Facilitation.Actors.Hosting;

namespace Facilitation.Bench.Journal;

/// <summary>
/// N entities persisting K events each, all at once, through the product's journal; then a new
/// actor system on the same database recovering them, and N entities with no history starting.
/// </summary>
internal static class JournalRun
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(60);

    public sealed record Result(
        int Events, double Seconds, double P50, double P99, long Commits, long Inserts, long Rows,
        double RecoverSeconds, long Recovered, double EmptyStartSeconds)
    {
        public double EventsPerSecond => Events / Seconds;

        public double RowsPerTransaction => Commits == 0 ? double.NaN : (double)Rows / Commits;
    }

    public static async Task<Result> RunAsync(StorageSettings storage, BenchOptions options, string runId, bool stock = false)
    {
        var payload = new string('x', options.PayloadBytes);
        var ids = Enumerable.Range(0, options.Actors).Select(i => $"bench-{runId}-{i}").ToArray();
        var latencies = new Latencies();

        double seconds;
        (long Commits, long Inserts, long Rows) before, after;
        await using (var node = await JournalNode.StartAsync(storage, options.Hocon, stock))
        {
            var actors = ids.Select((id, i) => node.System.ActorOf(BenchEntity.Props(id), $"w{i}")).ToArray();
            // Recovered (empty) before the clock starts: only the writes are timed.
            await Task.WhenAll(actors.Select(a => a.Ask<BenchEntity.IsReady>(new BenchEntity.Ready(), AskTimeout)));

            before = TransactionCounter.Snapshot();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(actors.Select(async actor =>
            {
                for (var k = 0; k < options.Events; k++)
                {
                    var sent = Stopwatch.GetTimestamp();
                    await actor.Ask<BenchEntity.Written>(new BenchEntity.Write(payload), AskTimeout);
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }
            }));
            seconds = clock.Elapsed.TotalSeconds;
            after = TransactionCounter.Snapshot();
        }

        double recoverSeconds, emptySeconds;
        long recovered;
        await using (var node = await JournalNode.StartAsync(storage, options.Hocon, stock))
        {
            var clock = Stopwatch.StartNew();
            var answers = await Task.WhenAll(ids.Select((id, i) =>
                node.System.ActorOf(BenchEntity.Props(id), $"r{i}").Ask<BenchEntity.IsReady>(new BenchEntity.Ready(), AskTimeout)));
            recoverSeconds = clock.Elapsed.TotalSeconds;
            recovered = answers.Sum(a => a.SequenceNr);

            clock.Restart();
            await Task.WhenAll(ids.Select((id, i) =>
                node.System.ActorOf(BenchEntity.Props(id + "-empty"), $"e{i}").Ask<BenchEntity.IsReady>(new BenchEntity.Ready(), AskTimeout)));
            emptySeconds = clock.Elapsed.TotalSeconds;
        }

        return new Result(options.Actors * options.Events, seconds, latencies.Percentile(50), latencies.Percentile(99),
            after.Commits - before.Commits, after.Inserts - before.Inserts, after.Rows - before.Rows,
            recoverSeconds, recovered, emptySeconds);
    }
}
