using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Facilitation.Web.Tests.Cluster;

/// <summary>
/// Two nodes of the product, each its own process, in one cluster on one PostgreSQL database,
/// and Casaco with a year's worth of data put in through the API: over a thousand requests raised
/// at the front desk and nearly all of them done, members with passes and resident desks, a month
/// of shifts, bookings, check-ins when the site is open. Then every GET of the API is read through
/// every node, so each entity is read at least once through a node that does not host it: each
/// answers 200 with a sensible body, in a few seconds. An answer that outgrew Akka remoting's
/// frame (128,000 bytes) was dropped between the nodes, and the node that asked answered 503 once
/// its ask timed out: the task board of ~190 tasks did (issue 14, point 3).
/// </summary>
public sealed class RemoteReadsTests(ITestOutputHelper output) : IDisposable
{
    private const int Raised = 1_050;
    private const int LeftWaiting = 70;
    private const int Members = 80;
    private const int PerKiosk = 8; // under the 10 a minute of a kiosk on a node, with room for retries
    private static readonly string[] MeetingRooms = ["salle-montparnasse", "salle-vanves", "salle-plateau", "salle-lumiere"];
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(8);

    private readonly TestDatabase _database = new("postgresql");
    private readonly List<NodeProcess> _nodes = [];
    private readonly List<HttpClient> _clients = [];

    [Fact]
    public async Task Every_GET_of_a_site_with_a_year_of_data_answers_through_every_node()
    {
        var watch = Stopwatch.StartNew();
        var seedPort = NodeProcess.FreePort();
        var settings = NodeProcess.OnPostgreSql(_database.ConnectionString, seedPort);
        foreach (var (name, port) in new[] { ("node-1", seedPort), ("node-2", NodeProcess.FreePort()) })
        {
            var node = NodeProcess.Start(name, port, settings);
            _nodes.Add(node);
            await node.Ready(members: _nodes.Count, within: TimeSpan.FromSeconds(60));
        }
        var started = watch.Elapsed;

        // One co-manager's session, carried from node to node (the keys that sign it are in the database).
        var coManager = new CookieContainer();
        var staff = _nodes.Select(n => Client(n, coManager)).ToList();
        Assert.Equal(HttpStatusCode.OK, (await staff[0].PostAsJsonAsync("/api/session", new { site = "casaco", person = "aurelien", pin = DemoStaff.Pins["aurelien"] })).StatusCode);

        var year = await Populate(staff, coManager);
        var populated = watch.Elapsed - started;

        var reads = 0;
        var slowest = (Path: "", Time: TimeSpan.Zero);
        foreach (var (node, device) in _nodes.Zip(staff))
            foreach (var read in Reads(year))
            {
                var timer = Stopwatch.StartNew();
                HttpResponseMessage response;
                try
                {
                    response = await device.GetAsync(read.Path);
                }
                catch (TaskCanceledException)
                {
                    Assert.Fail($"GET {read.Path} through {node.Name}: no answer in {ReadTimeout.TotalSeconds} s\n{Logs()}");
                    throw;
                }
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK,
                    $"GET {read.Path} through {node.Name}: {(int)response.StatusCode} after {timer.Elapsed.TotalSeconds:0.0} s {body}\n{Logs()}");
                read.Check(body);
                reads++;
                if (timer.Elapsed > slowest.Time) slowest = ($"{read.Path} through {node.Name}", timer.Elapsed);
            }

        // Lea's calendar feed, as her phone reads it, through each node.
        foreach (var (node, device) in _nodes.Zip(staff))
        {
            var link = await device.GetAsync("/api/sites/casaco/people/lea/calendar-link");
            Assert.Equal(HttpStatusCode.OK, link.StatusCode);
            var feed = await device.GetAsync(new Uri(Json(await link.Content.ReadAsStringAsync()).Text("url")).PathAndQuery);
            var calendar = await feed.Content.ReadAsStringAsync();
            Assert.True(feed.StatusCode == HttpStatusCode.OK, $"calendar feed through {node.Name}: {(int)feed.StatusCode} {calendar}");
            Assert.Contains("BEGIN:VEVENT", calendar);
        }

        // The waiting tasks, page after page, through each node: every one left waiting, none of those done.
        foreach (var (node, device) in _nodes.Zip(staff))
        {
            var waiting = await WaitingTasks(device, node);
            Holds(waiting, year.Waiting, $"the waiting tasks read through {node.Name}");
            Assert.Empty(waiting.Intersect(year.Done));
            Assert.Equal(waiting.Count, waiting.Distinct().Count());
        }

        output.WriteLine(FormattableString.Invariant(
            $"nodes up in {started.TotalSeconds:0.0} s; populated in {populated.TotalSeconds:0.0} s ({Raised} requests, {year.Done.Count} done, {Members} members, {year.Shifts.Count} shifts, {year.Bookings} bookings, {year.CheckIns} check-ins); {reads} reads, the slowest {slowest.Path} in {slowest.Time.TotalMilliseconds:0} ms; {watch.Elapsed.TotalSeconds:0.0} s in all"));
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
        foreach (var node in _nodes) node.Dispose();
        _database.Dispose();
    }

    private HttpClient Client(NodeProcess node, CookieContainer cookies)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = node.Address, Timeout = ReadTimeout };
        _clients.Add(client);
        return client;
    }

    /// <summary>The site's year, put in through both nodes at once where the API allows it.</summary>
    private async Task<Year> Populate(List<HttpClient> staff, CookieContainer coManager)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 12 };
        HttpClient Through(int i) => staff[i % staff.Count];

        // Members: a third on a pass (sold one), five with a resident desk.
        var members = Enumerable.Range(1, Members).Select(m => $"membre-{m:D3}").ToList();
        await Parallel.ForEachAsync(members.Select((m, i) => (m, i)), parallel, async (member, _) =>
        {
            var plan = member.i % 3 == 0 ? "pass" : "nomad";
            await Send(Through(member.i), "/api/sites/casaco/members", new { commandId = Calls.NewId(), id = member.m, name = $"Membre {member.i + 1:D3}", plan });
            if (plan == "pass") await Send(Through(member.i + 1), $"/api/sites/casaco/members/{member.m}/passes", new { commandId = Calls.NewId() });
        });
        var residents = new[] { "poste-17", "poste-18", "poste-19", "poste-20", "poste-21" };
        await Parallel.ForEachAsync(residents.Select((d, i) => (d, i)), parallel, async (desk, _) =>
            await Send(Through(desk.i), $"/api/sites/casaco/desks/{desk.d}/assign", new { commandId = Calls.NewId(), member = members[desk.i + 1] }));

        // A month of shifts from next Monday on (the product takes no shift in the past), some claimed.
        var monday = DateTime.UtcNow.Date.AddDays(7 - (((int)DateTime.UtcNow.DayOfWeek + 6) % 7));
        var slots = Enumerable.Range(0, 4).SelectMany(w => Enumerable.Range(0, 4).SelectMany(d => new[] { 9, 14 }.Select(h => monday.AddDays(7 * w + d).AddHours(h)))).ToList();
        var shifts = new List<(string Id, string Week, DateTime Start)>();
        await Parallel.ForEachAsync(slots.Select((s, i) => (s, i)), parallel, async (slot, _) =>
        {
            var shift = (await Send(Through(slot.i), "/api/sites/casaco/shifts",
                new { commandId = Calls.NewId(), role = "welcome", start = Local(slot.s), end = Local(slot.s.AddHours(4)) }))!.Text("id");
            lock (shifts) shifts.Add((shift, WeekOf(slot.s), slot.s));
            var holder = slot.s.DayOfWeek switch { DayOfWeek.Monday or DayOfWeek.Tuesday => "lea", DayOfWeek.Wednesday => "samir", _ => null };
            if (holder is not null) await Send(Through(slot.i + 1), $"/api/sites/casaco/shifts/{shift}/claim", new { commandId = Calls.NewId(), person = holder });
        });

        // Bookings in the coming days: their set-up, welcome and cleaning tasks are planned on the board.
        var bookingDays = Enumerable.Range(1, 5).Select(d => DateTime.UtcNow.Date.AddDays(d)).ToList();
        var bookings = bookingDays.SelectMany(day => MeetingRooms.SelectMany(room => new[] { 9, 11, 14 }.Select(h => (Room: room, Start: day.AddHours(h))))).ToList();
        await Parallel.ForEachAsync(bookings.Select((b, i) => (b, i)), parallel, async (booking, _) =>
            await Send(Through(booking.i), $"/api/sites/casaco/rooms/{booking.b.Room}/bookings", new
            {
                commandId = Calls.NewId(), start = Local(booking.b.Start), end = Local(booking.b.Start.AddHours(1.5)), kind = "client",
                title = $"Réunion {booking.i}", holder = "Atelier Malakoff", guests = 3, outsideGuests = true,
            }));

        // The front desk's year: kiosks (each under its limit of requests a minute) raise the
        // requests through both nodes; staff then do all but a few.
        var kiosks = new List<HttpClient>();
        for (var k = 0; k * PerKiosk < Raised; k++)
        {
            var cookies = new CookieContainer();
            cookies.Add(coManager.GetAllCookies());
            var kiosk = Client(_nodes[k % _nodes.Count], cookies);
            Assert.Equal(HttpStatusCode.OK, (await kiosk.PostAsync("/api/session/kiosk", null)).StatusCode);
            kiosks.Add(kiosk);
        }
        var categories = new[] { "printer", "supplies", "cleaning", "room-problem", "other" };
        var tasks = new string[Raised];
        await Parallel.ForEachAsync(Enumerable.Range(0, Raised), parallel, async (r, _) =>
            tasks[r] = (await Send(kiosks[r / PerKiosk], "/api/sites/casaco/requests", new
            {
                commandId = Calls.NewId(), category = categories[r % categories.Length], place = "entrance",
                text = $"Demande n° {r} : il manque quelque chose à l'accueil", name = $"Membre {r % Members + 1:D3}",
            }))!.Text("id"));
        var done = tasks.Take(Raised - LeftWaiting).ToList();
        await Parallel.ForEachAsync(done.Select((t, i) => (t, i)), parallel, async (task, _) =>
            await Send(Through(task.i), $"/api/sites/casaco/tasks/{task.t}/complete", new { commandId = Calls.NewId() }));

        // Today's presence, when the site is open now (check-ins and visitors are refused after closing).
        var checkIns = 0;
        await Parallel.ForEachAsync(members.Take(20).Select((m, i) => (m, i)), parallel, async (member, _) =>
        {
            if (await Send(Through(member.i), "/api/sites/casaco/checkins", new { commandId = Calls.NewId(), member = member.m }, closedIsFine: true) is not null)
            {
                Interlocked.Increment(ref checkIns);
                await Send(Through(member.i + 1), "/api/sites/casaco/visitors", new { commandId = Calls.NewId(), name = $"Visiteur de {member.m}", host = member.m }, closedIsFine: true);
            }
        });

        return new Year(members, shifts, bookings.Count, bookingDays[0], checkIns, tasks.Skip(Raised - LeftWaiting).ToList(), done);
    }

    /// <summary>Every GET of the API a page or a device makes, with what its answer must hold.</summary>
    private static IEnumerable<Read> Reads(Year year)
    {
        var week = year.Shifts.OrderBy(s => s.Start).First().Week;
        var shift = year.Shifts.OrderBy(s => s.Start).First().Id;
        var month = year.Shifts.Min(s => s.Start).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var day = year.BookingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var member = year.Members[1];

        yield return new("/healthz", _ => { });
        yield return new("/readyz", body => Assert.Equal("2", Json(body)["checks"]!["members"]!.GetValue<string>()));
        yield return new("/api/session", body => Assert.Equal("aurelien", Json(body).Text("person")));
        yield return new("/api/sites", body => Assert.Contains(Json(body).AsArray(), s => s!.Text("id") == "casaco"));
        yield return new("/api/sites/casaco", body => Assert.Equal(85, Json(body).Number("weeklyBudgetHours")));
        yield return new("/api/sites/casaco/weeks/current", body => Assert.Equal(85, Json(body).Number("budgetHours")));
        foreach (var w in year.Shifts.Select(s => s.Week).Distinct())
        {
            var ours = year.Shifts.Where(s => s.Week == w).Select(s => s.Id).ToList();
            yield return new($"/api/sites/casaco/weeks/{w}", body => Holds(Json(body)["shifts"]!.AsArray().Select(s => s!.Text("id")), ours));
        }
        yield return new($"/api/sites/casaco/weeks/{week}/fairness", body => Assert.Equal(9, Json(body)["people"]!.AsArray().Count));
        yield return new($"/api/sites/casaco/shifts/{shift}", body => Assert.Equal(shift, Json(body).Text("id")));
        yield return new($"/api/sites/casaco/shifts/{shift}/fit?person=camille", body => Assert.NotNull(Json(body)["fits"]));
        yield return new($"/api/sites/casaco/payroll/{month}", body => Assert.Contains("lea", body));
        yield return new($"/api/sites/casaco/payroll/{month}.csv", body => Assert.Contains("Léa", body));
        yield return new("/api/sites/casaco/tasks", body =>
        {
            var tasks = Json(body)["tasks"]!.AsArray();
            Assert.NotEmpty(tasks);
            Assert.All(tasks, t => Assert.Contains(t!.Text("status"), new[] { "open", "escalated", "claimed" }));
            Assert.DoesNotContain(tasks, t => year.Done.Contains(t!.Text("id")));
        });
        yield return new($"/api/sites/casaco/rooms?date={day}", body =>
            Assert.Equal(3, Json(body)["rooms"]!.AsArray().Single(r => r!.Text("id") == MeetingRooms[0])!["bookings"]!.AsArray().Count));
        yield return new($"/api/sites/casaco/rooms/{MeetingRooms[1]}/bookings?date={day}", body => Assert.Equal(3, Json(body)["bookings"]!.AsArray().Count));
        yield return new("/api/sites/casaco/desks", body =>
        {
            var desks = Json(body)["desks"]!.AsArray();
            Assert.Equal(45, desks.Count);
            Assert.Equal($"Membre {2:D3}", desks.Single(d => d!.Text("id") == "poste-17")!.Text("assigneeName"));
        });
        yield return new("/api/sites/casaco/presence", body => Assert.Equal(year.CheckIns, Json(body)["members"]!.AsArray().Count));
        yield return new("/api/sites/casaco/members", body => Holds(Json(body).AsArray().Select(m => m!.Text("id")), year.Members));
        yield return new($"/api/sites/casaco/members/{member}", body => Assert.Equal(member, Json(body).Text("id")));
        yield return new("/api/sites/casaco/routines", body => Assert.Contains(Json(body)["routines"]!.AsArray(), r => r!.Text("id") == "journee-des-membres"));
        yield return new("/api/sites/casaco/routines/journee-des-membres", body => Assert.Equal("journee-des-membres", Json(body).Text("id")));
        yield return new("/api/sites/casaco/routines/upcoming", _ => { });
        yield return new("/accueil/places/casaco", body => Assert.Contains("entrance", body));
        yield return new("/openapi/v1.json", body => Assert.Contains("/api/sites/{site}/tasks", body));
    }

    /// <summary>The ids of the waiting tasks as a device reads them: every page, following the answer's next cursor.</summary>
    private async Task<List<string>> WaitingTasks(HttpClient device, NodeProcess node)
    {
        var ids = new List<string>();
        var path = "/api/sites/casaco/tasks";
        for (var page = 0; page < 100; page++)
        {
            var response = await device.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} through {node.Name}: {(int)response.StatusCode} {body}");
            var answer = Json(body);
            ids.AddRange(answer["tasks"]!.AsArray().Select(t => t!.Text("id")));
            if (answer["next"]?.GetValue<string>() is not { } next) return ids;
            path = $"/api/sites/casaco/tasks?after={Uri.EscapeDataString(next)}";
        }
        Assert.Fail("the waiting tasks never came to their last page");
        return ids;
    }

    /// <summary>
    /// Posts a command, again with the same id while a node answers 503 (a shard moving as the
    /// second node joins); the answer's body, or null for a refusal because the site is closed.
    /// </summary>
    private async Task<JsonNode?> Send(HttpClient device, string path, object body, bool closedIsFine = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await device.PostAsJsonAsync(path, body);
            }
            catch (TaskCanceledException) when (attempt < 5)
            {
                continue;
            }
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 5) continue;
            if (closedIsFine && response.StatusCode == HttpStatusCode.Conflict && text.Contains("\"site.closed\"", StringComparison.Ordinal)) return null;
            Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}\n{Logs()}");
            return text.Length == 0 ? new JsonObject() : Json(text);
        }
    }

    /// <summary>Everything of <paramref name="ours"/> is in <paramref name="read"/> (the routines may have added their own).</summary>
    private static void Holds(IEnumerable<string> read, IEnumerable<string> ours, string what = "the answer")
    {
        var missing = ours.Except(read).ToList();
        Assert.True(missing.Count == 0, $"{what} lacks {missing.Count}: {string.Join(", ", missing)}");
    }

    private static JsonNode Json(string body) => JsonNode.Parse(body)!;

    private static string Local(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string WeekOf(DateTime day) =>
        FormattableString.Invariant($"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):D2}");

    private string Logs() => string.Join("\n", _nodes.Select(n => n.Output()));

    private sealed record Read(string Path, Action<string> Check);

    private sealed record Year(
        List<string> Members, List<(string Id, string Week, DateTime Start)> Shifts, int Bookings, DateTime BookingDay, int CheckIns,
        List<string> Waiting, List<string> Done);
}
