using System.Diagnostics;
using System.Globalization;

namespace Facilitation.Bench;

/// <summary>
/// Start of a site with a year of history (issue 8: under 1 s). Seeds one site through the API with
/// Casaco's year — 148 members, 52 weeks of shifts (4 a week, published and claimed), 260 requests
/// raised, claimed and done, 232 room bookings — then stops the host, starts it again on the same
/// database, and times the first answers that need every entity of the site recovered: its members,
/// its task board, its 52 weeks and its rooms. The shifts are in the 52 weeks from 100 weeks on (the
/// product refuses shifts in the past; a real year of history would be behind, not ahead).
/// </summary>
public static class YearOfHistory
{
    public static ChildProcess? Restarted { get; private set; }

    public static async Task<string> Measure(ApiClient api, BenchSite site, ChildProcess host, string folder, BenchOptions options, Dictionary<string, string> settings)
    {
        var watch = Stopwatch.StartNew();
        var coManager = await api.SignIn(site.Id, site.CoManager);
        var facilitator = await api.SignIn(site.Id, site.Facilitators[0]);
        var failures = 0;
        async Task Send(string path, object body, string cookie)
        {
            var (status, _) = await api.Post(path, body, cookie);
            if (status is not (>= 200 and < 300)) Interlocked.Increment(ref failures);
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, 148), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (m, _) =>
            await Send($"/api/sites/{site.Id}/members", new { commandId = Id(), id = $"h-{m:D3}", name = $"Membre historique {m}", plan = "nomad" }, coManager));

        var monday = DateTime.UtcNow.Date.AddDays(-(((int)DateTime.UtcNow.DayOfWeek + 6) % 7));
        var weeks = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 52), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (w, _) =>
        {
            var weekStart = monday.AddDays(7 * (100 + w));
            lock (weeks) weeks.Add(ISOWeek.GetYear(weekStart).ToString(CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(weekStart).ToString("D2", CultureInfo.InvariantCulture));
            for (var s = 0; s < 4; s++)
            {
                var start = weekStart.AddDays(s).AddHours(9);
                var (status, body) = await api.Post($"/api/sites/{site.Id}/shifts",
                    new { commandId = Id(), role = "welcome", start = Local(start), end = Local(start.AddHours(4)) }, coManager);
                if (status != 201 || body?.GetProperty("id").GetString() is not { } shift)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }
                await Send($"/api/sites/{site.Id}/shifts/{shift}/claim", new { commandId = Id() }, facilitator);
            }
        });

        var kiosks = new List<string>();
        for (var k = 0; k < 30; k++) kiosks.Add(await api.Kiosk(coManager));
        await Parallel.ForEachAsync(Enumerable.Range(0, 260), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (r, _) =>
        {
            var (status, body) = await api.Post($"/api/sites/{site.Id}/requests",
                new { commandId = Id(), category = "supplies", place = "entrance", text = $"Demande {r}" }, kiosks[r % kiosks.Count]);
            if (status != 201 || body?.GetProperty("id").GetString() is not { } task)
            {
                Interlocked.Increment(ref failures);
                return;
            }
            await Send($"/api/sites/{site.Id}/tasks/{task}/claim", new { commandId = Id() }, facilitator);
            await Send($"/api/sites/{site.Id}/tasks/{task}/complete", new { commandId = Id() }, facilitator);
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, 232), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (b, _) =>
        {
            var room = site.Rooms[b % site.Rooms.Count];
            var k = b / site.Rooms.Count;
            var start = DateTime.UtcNow.Date.AddDays(400 + k).AddHours(10);
            await Send($"/api/sites/{site.Id}/rooms/{room.Id}/bookings",
                new { commandId = Id(), start = Local(start), end = Local(start.AddHours(2)), kind = "client", title = "Réunion", holder = "Historique", guests = 2, outsideGuests = false }, coManager);
        });
        var seeded = watch.Elapsed;

        // The same database, a new process: nothing of the site is in memory.
        host.Dispose();
        var restarted = ChildProcess.Start("host under test (restarted)", RepoPaths.WebDll(options.WebDll), [], RestartSettings(settings), Path.Combine(folder, "host"));
        Restarted = restarted;
        var ready = await restarted.Ready("/readyz", TimeSpan.FromMinutes(5));
        using var fresh = new ApiClient(restarted.Address, 32);
        var cookie = await fresh.SignIn(site.Id, site.CoManager);

        watch.Restart();
        var reads = new List<string> { $"/api/sites/{site.Id}/members", $"/api/sites/{site.Id}/tasks", $"/api/sites/{site.Id}/rooms" };
        reads.AddRange(weeks.Select(w => $"/api/sites/{site.Id}/weeks/{w}"));
        var statuses = await Task.WhenAll(reads.Select(async path => (await fresh.Get(path, cookie)).Status));
        var first = watch.Elapsed;
        var bad = statuses.Count(s => s != 200);
        return FormattableString.Invariant(
            $"year of history on {site.Id}: seeded in {seeded.TotalSeconds:0.0} s ({failures} refused); after a restart (ready in {ready.TotalSeconds:0.0} s) its members, task board, rooms and 52 weeks answered in {first.TotalMilliseconds:0} ms ({reads.Count} reads, {bad} not 200) — target < 1,000 ms: {(first.TotalMilliseconds < 1000 && bad == 0 ? "met" : "**missed**")}");
    }

    /// <summary>The first start's settings, except the remoting port (the old one may linger).</summary>
    private static Dictionary<string, string> RestartSettings(Dictionary<string, string> settings)
    {
        settings["Facilitation__Cluster__Port"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        return settings;
    }

    private static string Local(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Id() => Guid.NewGuid().ToString("N");
}
