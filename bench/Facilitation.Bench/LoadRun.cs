using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Facilitation.Bench;

/// <summary>
/// Signs the sites' people in, connects the screens, and sends the day's commands for the chosen
/// time: <c>concurrency</c> commands in flight, paced to <c>rate</c> when one is given.
/// </summary>
public sealed class LoadRun
{
    private readonly BenchOptions _options;
    private readonly ApiClient _api;
    private readonly Func<ProcessSample?> _host;
    private readonly ConcurrentBag<Sent> _sent = [];
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _mix = new(StringComparer.Ordinal);
    private readonly Latencies _acks = new();
    private readonly ConcurrentDictionary<string, Latencies> _acksByKind = new(StringComparer.Ordinal);
    private readonly List<SiteLoad> _sites = [];
    private readonly List<List<PushClient>> _screens = [];

    public LoadRun(BenchOptions options, ApiClient api, Func<ProcessSample?> host)
    {
        _options = options;
        _api = api;
        _host = host;
    }

    public async Task Prepare(IReadOnlyList<BenchSite> sites)
    {
        var watch = Stopwatch.StartNew();
        var active = sites.Take(_options.EffectiveActiveSites).ToList();
        var prepared = new SiteLoad[active.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, active.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var site = active[i];
            var coManager = await _api.SignIn(site.Id, site.CoManager);
            var facilitators = new List<string>();
            foreach (var f in site.Facilitators) facilitators.Add(await _api.SignIn(site.Id, f));
            var kiosks = new List<string>();
            for (var k = 0; k < _options.Kiosks; k++) kiosks.Add(await _api.Kiosk(coManager));
            var members = Math.Min(_options.Members, site.NomadDesks.Count);
            for (var m = 0; m < members; m++)
            {
                var (status, body) = await _api.Post($"/api/sites/{site.Id}/members",
                    new { commandId = $"bench-enrol-{site.Id}-{m}", id = SiteLoad.MemberId(m), name = $"Membre {m + 1}", plan = "nomad" }, coManager);
                if (status is not (>= 200 and < 300)) throw new InvalidOperationException($"enrolment on {site.Id}: {status} {body}");
            }
            prepared[i] = new SiteLoad(site, coManager, facilitators, kiosks, members);
        });
        _sites.AddRange(prepared);
        Console.WriteLine($"  signed in {active.Count} active site(s) ({_options.Kiosks} kiosks, {_options.Members} members each) in {watch.Elapsed.TotalSeconds:0.0} s");

        watch.Restart();
        var watched = Math.Min(_options.ClientSites, _sites.Count);
        for (var s = 0; s < watched; s++)
        {
            var screens = new PushClient[_options.Clients];
            var cookie = _sites[s].Facilitators[0];
            await Parallel.ForEachAsync(Enumerable.Range(0, _options.Clients), new ParallelOptions { MaxDegreeOfParallelism = 8 },
                async (c, _) => screens[c] = await PushClient.Connect(_api.Address, cookie));
            _screens.Add([.. screens]);
        }
        Console.WriteLine($"  connected {watched} x {_options.Clients} SignalR clients in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    public async Task<LoadResult> Run()
    {
        var warmup = TimeSpan.FromSeconds(_options.WarmupSeconds);
        var measured = TimeSpan.FromSeconds(_options.DurationSeconds);
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(measured.TotalSeconds * Stopwatch.Frequency);
        var measuredFrom = DateTime.UtcNow + warmup;
        long issued = 0;
        var siteCounter = 0;
        ProcessSample? before = null;
        HostGc? gcBefore = null;
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                if (Stopwatch.GetTimestamp() >= measureFrom && before is null)
                {
                    before = _host();
                    gcBefore = await HostGc.Of(_api);
                }
                if (_host() is { } sample) peak = Math.Max(peak, sample.RssBytes);
                try { await Task.Delay(250, sampling.Token); } catch (OperationCanceledException) { }
            }
        });

        async Task Worker(int seed)
        {
            var random = new Random(seed);
            while (true)
            {
                if (_options.Rate > 0)
                {
                    var n = Interlocked.Increment(ref issued);
                    var due = start + (long)(n / _options.Rate * Stopwatch.Frequency);
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    if (due >= end) return;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                }
                var now = Stopwatch.GetTimestamp();
                if (now >= end) return;
                var siteIndex = (int)((uint)Interlocked.Increment(ref siteCounter) % (uint)_sites.Count);
                var site = _sites[siteIndex];
                var command = site.Next(random);
                var sent = Stopwatch.GetTimestamp();
                int status;
                JsonElement? body;
                try
                {
                    (status, body) = await _api.Post(command.Path, command.Body, command.Cookie);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    (status, body) = (0, null);
                }
                var acked = Stopwatch.GetTimestamp();
                command.Answered(status, body);
                if (sent < measureFrom) continue;
                _mix.AddOrUpdate(command.Kind, 1, (_, c) => c + 1);
                if (status is >= 200 and < 300)
                {
                    var ms = Stopwatch.GetElapsedTime(sent, acked).TotalMilliseconds;
                    _acks.Add(ms);
                    _acksByKind.GetOrAdd(command.Kind, _ => new Latencies()).Add(ms);
                    if (siteIndex < _screens.Count && command.PushKey(body) is { } key) _sent.Add(new Sent(siteIndex, sent, key, command.Kind, acked));
                }
                else
                {
                    var code = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("code", out var c) ? c.GetString() : null;
                    _errors.AddOrUpdate($"{command.Kind} {status} {code}".TrimEnd(), 1, (_, n) => n + 1);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(i => Task.Run(() => Worker(i))));
        var stopped = Stopwatch.GetTimestamp();
        var after = _host();
        var gcAfter = await HostGc.Of(_api);
        await sampling.CancelAsync();
        await sampler;

        // Pushes still on their way get two seconds; a key never seen by a client counts as missing.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var push = new Latencies();
        var afterAck = new Latencies();
        var missing = 0;
        foreach (var sent in _sent)
        {
            long last = 0;
            var all = true;
            foreach (var screen in _screens[sent.Site])
            {
                if (screen.FirstAfter(sent.Key, sent.At) is { } at) last = Math.Max(last, at);
                else all = false;
            }
            if (all)
            {
                push.Add(Stopwatch.GetElapsedTime(sent.At, last).TotalMilliseconds);
                afterAck.Add((last - sent.Acked) * 1000.0 / Stopwatch.Frequency);
            }
            else
            {
                missing++;
                _errors.AddOrUpdate($"{sent.Kind} push missing on some client", 1, (_, n) => n + 1);
            }
        }
        var everyScreen = _screens.SelectMany(s => s).ToList();
        if (everyScreen.Count > 0)
            Console.WriteLine($"  pushes received per client: min {everyScreen.Min(c => c.Pushes)}, max {everyScreen.Max(c => c.Pushes)}; connected {everyScreen.Count(c => c.State == Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected)}/{everyScreen.Count}");
        foreach (var reason in everyScreen.Where(c => c.ClosedBecause is not null).GroupBy(c => c.ClosedBecause))
            Console.WriteLine($"  {reason.Count()} client(s) closed during the run: {reason.Key}");
        var seconds = Stopwatch.GetElapsedTime(measureFrom, Math.Min(stopped, end)).TotalSeconds;
        var acknowledged = _acks.Count;
        var pushSummary = push.Summarise();
        return new LoadResult(
            seconds, acknowledged, acknowledged / seconds, _acks.Summarise(),
            _acksByKind.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => k.Value.Summarise()),
            pushSummary, afterAck.Summarise(), pushSummary.Count, missing,
            new Dictionary<string, int>(_errors), new Dictionary<string, int>(_mix),
            _screens.Sum(s => s.Count), before, after, peak, measuredFrom, measuredFrom + TimeSpan.FromSeconds(seconds),
            gcBefore is not null && gcAfter is not null ? HostGc.Describe(gcBefore, gcAfter, seconds, acknowledged) : null);
    }

    public async Task Close()
    {
        foreach (var screen in _screens.SelectMany(s => s)) await screen.DisposeAsync();
    }

    private sealed record Sent(int Site, long At, string Key, string Kind, long Acked);
}
