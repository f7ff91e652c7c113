using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Facilitation.Bench;

/// <summary>
/// A staff screen: a real SignalR client on WebSockets, signed in with a staff session's cookie, that
/// notes when each push arrives, under the key of what it shows (a task's id and status, a shift's,
/// a booking's, a member seated at a desk, a visitor).
/// </summary>
public sealed class PushClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<string, List<long>> _arrivals = new(StringComparer.Ordinal);

    private PushClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("staffEvent", Received);
        _connection.Closed += error =>
        {
            ClosedBecause = error?.Message ?? "closed by the server";
            return Task.CompletedTask;
        };
    }

    public long Pushes;

    public static async Task<PushClient> Connect(Uri address, string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(address, "/hubs/staff"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Headers["Cookie"] = cookie;
            })
            // As the pages' client (live.js): the product drops a client silent for 15 s and pings every 5 s;
            // the .NET client's default ping (every 15 s) loses that race about half the time.
            .WithKeepAliveInterval(TimeSpan.FromSeconds(5))
            .WithServerTimeout(TimeSpan.FromSeconds(15))
            .Build();
        var client = new PushClient(connection);
        await connection.StartAsync();
        return client;
    }

    /// <summary>The first arrival of the key at or after the given time, in Stopwatch ticks.</summary>
    public long? FirstAfter(string key, long sent)
    {
        if (!_arrivals.TryGetValue(key, out var times)) return null;
        lock (times)
        {
            foreach (var time in times)
                if (time >= sent) return time;
        }
        return null;
    }

    /// <summary>Why the connection closed during the run, if it did.</summary>
    public string? ClosedBecause { get; private set; }

    public HubConnectionState State => _connection.State;

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void Received(JsonElement message)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref Pushes);
        foreach (var key in Keys(message)) Note(key, now);
    }

    private void Note(string key, long at)
    {
        var times = _arrivals.GetOrAdd(key, _ => []);
        lock (times) times.Add(at);
    }

    private static IEnumerable<string> Keys(JsonElement message)
    {
        var type = message.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "task-changed" when message.TryGetProperty("task", out var task):
                yield return $"task:{task.GetProperty("id").GetString()}:{task.GetProperty("status").GetString()}";
                break;
            case "shift-changed" when message.TryGetProperty("shift", out var shift):
                yield return $"shift:{shift.GetProperty("id").GetString()}:{shift.GetProperty("status").GetString()}";
                break;
            case "room-changed" when message.TryGetProperty("booking", out var booking):
                yield return $"booking:{booking.GetProperty("id").GetString()}";
                break;
            case "visitor-arrived" when message.TryGetProperty("visitor", out var visitor):
                yield return $"visitor:{visitor.GetProperty("id").GetString()}";
                break;
            case "presence-changed" when message.TryGetProperty("seated", out var seated):
                foreach (var seat in seated.EnumerateArray()) yield return $"seat:{seat.GetProperty("member").GetString()}";
                break;
        }
    }
}
