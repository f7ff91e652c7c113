using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Facilitation.Bench;

/// <summary>The two network baselines, measured against the bare server: a SignalR broadcast round-trip and bare POSTs.</summary>
public static class BareBaselines
{
    /// <summary>One client broadcasts a time stamp at the given rate; the round-trip is until the last of the clients has it.</summary>
    public static async Task<Latencies.Summary> Broadcast(Uri address, int clients, double rate, TimeSpan duration)
    {
        var connections = new List<HubConnection>();
        var arrivals = new Dictionary<long, (int Count, long Last)>();
        for (var c = 0; c < clients; c++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(address, "/hubs/bare"), o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
                .Build();
            connection.On<long>("tick", stamp =>
            {
                var now = Stopwatch.GetTimestamp();
                lock (arrivals)
                {
                    var seen = arrivals.GetValueOrDefault(stamp);
                    arrivals[stamp] = (seen.Count + 1, Math.Max(seen.Last, now));
                }
            });
            await connection.StartAsync();
            connections.Add(connection);
        }
        var sender = connections[0];
        var stamps = new List<long>();
        var start = Stopwatch.GetTimestamp();
        var count = (int)(rate * duration.TotalSeconds);
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i / rate * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var stamp = Stopwatch.GetTimestamp();
            stamps.Add(stamp);
            _ = sender.SendAsync("Broadcast", stamp);
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        var latencies = new Latencies();
        lock (arrivals)
        {
            foreach (var stamp in stamps.Skip(stamps.Count / 10))
                if (arrivals.TryGetValue(stamp, out var seen) && seen.Count == clients)
                    latencies.Add(Stopwatch.GetElapsedTime(stamp, seen.Last).TotalMilliseconds);
        }
        foreach (var connection in connections) await connection.DisposeAsync();
        return latencies.Summarise();
    }

    /// <summary>Bare POSTs with a command's body through the same client as the load, the same number in flight.</summary>
    public static async Task<(double PerSecond, Latencies.Summary Latency)> Posts(Uri address, int concurrency, TimeSpan duration)
    {
        using var api = new ApiClient(address, concurrency + 4);
        var latencies = new Latencies();
        var warm = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        var end = warm + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var done = 0;
        async Task Worker()
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var sent = Stopwatch.GetTimestamp();
                var (status, _) = await api.Post("/api/echo", new { commandId = Guid.NewGuid().ToString("N"), category = "supplies", place = "entrance", text = "Plus de café" }, "session=bare");
                if (sent < warm || status != 201) continue;
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                Interlocked.Increment(ref done);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
        return (done / duration.TotalSeconds, latencies.Summarise());
    }
}
