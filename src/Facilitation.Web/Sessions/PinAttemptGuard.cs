using System.Collections.Concurrent;

namespace Facilitation.Web.Sessions;

/// <summary>
/// Slows down PIN guessing: after <see cref="MaxFailures"/> wrong PINs for one key (a person, or a
/// device address) within the window, further tries are refused until the window has passed.
/// Kept in memory on each node: a restart forgets it (say so in the ops notes).
/// </summary>
public sealed class PinAttemptGuard(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the key must wait before trying again; zero when it may try now.</summary>
    public TimeSpan WaitFor(string key)
    {
        if (!_failures.TryGetValue(key, out var failures)) return TimeSpan.Zero;
        lock (failures)
        {
            var now = clock.GetUtcNow();
            failures.Forget(now);
            return failures.Times.Count >= MaxFailures ? failures.Times.Peek() + Window - now : TimeSpan.Zero;
        }
    }

    public void Failed(string key)
    {
        var failures = _failures.GetOrAdd(key, _ => new Failures());
        lock (failures)
        {
            var now = clock.GetUtcNow();
            failures.Forget(now);
            failures.Times.Enqueue(now);
        }
    }

    public void Succeeded(string key) => _failures.TryRemove(key, out _);

    private sealed class Failures
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public void Forget(DateTimeOffset now)
        {
            while (Times.Count > 0 && Times.Peek() + Window <= now) Times.Dequeue();
        }
    }
}
