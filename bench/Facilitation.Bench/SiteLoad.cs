using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Facilitation.Bench;

/// <summary>
/// The simulation of one site: its sessions, what is open on its task board, which shifts wait for a
/// claim, who is in the building. <see cref="Next"/> draws the next command from the day's mix and
/// falls back to another kind when the drawn one cannot be sent now (no open task yet, every kiosk
/// at its 10-a-minute limit, nobody to check out).
/// </summary>
public sealed class SiteLoad
{
    private const int KioskRequestsPerMinute = 9; // the product allows 10 per kiosk and fixed minute; 9 over any 60 s is safely under it
    private const int MaxVisitorsIn = 10;

    private readonly object _gate = new();
    private readonly Queue<string> _openTasks = new();
    private readonly Queue<string> _claimedTasks = new();
    private readonly Queue<(string Shift, int Facilitator)> _publishedShifts = new();
    private readonly Queue<int> _membersOut = new();
    private readonly Queue<int> _membersIn = new();
    private readonly Queue<string> _visitorsIn = new();
    private readonly List<Queue<long>> _kioskSends;
    private int _visitorsPending;
    private int _shiftSlot;
    private int _bookingSlot;
    private int _visitorCount;

    public SiteLoad(BenchSite site, string coManager, IReadOnlyList<string> facilitators, IReadOnlyList<string> kiosks, int members)
    {
        Site = site;
        CoManager = coManager;
        Facilitators = facilitators;
        Kiosks = kiosks;
        _kioskSends = kiosks.Select(_ => new Queue<long>()).ToList();
        for (var m = 0; m < members; m++) _membersOut.Enqueue(m);
    }

    public BenchSite Site { get; }

    public string CoManager { get; }

    public IReadOnlyList<string> Facilitators { get; }

    public IReadOnlyList<string> Kiosks { get; }

    public static string MemberId(int index) => $"m-{index + 1:D3}";

    public PlannedCommand Next(Random random)
    {
        var drawn = DayMix.Draw(random);
        lock (_gate)
        {
            for (var i = 0; i < DayMix.Weights.Count; i++)
            {
                var kind = DayMix.Weights[(drawn + i) % DayMix.Weights.Count].Kind;
                if (TryPlan(kind) is { } command) return command;
            }
        }
        return Publish();
    }

    private PlannedCommand? TryPlan(string kind) => kind switch
    {
        "check-in" when _membersOut.Count > 0 => CheckIn(_membersOut.Dequeue()),
        "check-out" when _membersIn.Count > 0 => CheckOut(_membersIn.Dequeue()),
        "visitor-in" when _visitorsIn.Count + _visitorsPending < MaxVisitorsIn && Kiosks.Count > 0 => VisitorIn(),
        "visitor-out" when _visitorsIn.Count > 0 => VisitorOut(_visitorsIn.Dequeue()),
        "request" when FreeKiosk() is { } kiosk => Request(kiosk),
        "task-claim" when _openTasks.Count > 0 => TaskAction(_openTasks.Dequeue(), "claim"),
        "task-done" when _claimedTasks.Count > 0 => TaskAction(_claimedTasks.Dequeue(), "complete"),
        "shift-publish" => Publish(),
        "shift-claim" when _publishedShifts.Count > 0 => ShiftClaim(_publishedShifts.Dequeue()),
        "booking" when Site.Rooms.Count > 0 => Booking(),
        _ => null,
    };

    private string? FreeKiosk()
    {
        var now = Stopwatch.GetTimestamp();
        for (var k = 0; k < _kioskSends.Count; k++)
        {
            var sends = _kioskSends[k];
            while (sends.Count > 0 && Stopwatch.GetElapsedTime(sends.Peek(), now) > TimeSpan.FromSeconds(61)) sends.Dequeue();
            if (sends.Count >= KioskRequestsPerMinute) continue;
            sends.Enqueue(now);
            return Kiosks[k];
        }
        return null;
    }

    private PlannedCommand Request(string kiosk) => new(
        "request", $"/api/sites/{Site.Id}/requests",
        new { commandId = NewId(), category = "supplies", place = "entrance", text = "Plus de café" }, kiosk,
        answer => Id(answer, "id") is { } id ? $"task:{id}:open" : null,
        (status, answer) =>
        {
            if (Ok(status) && Id(answer, "id") is { } id) lock (_gate) _openTasks.Enqueue(id);
        });

    private PlannedCommand TaskAction(string task, string action) => new(
        action == "claim" ? "task-claim" : "task-done", $"/api/sites/{Site.Id}/tasks/{task}/{action}",
        new { commandId = NewId() }, Facilitators[0],
        _ => $"task:{task}:{(action == "claim" ? "claimed" : "done")}",
        (status, _) =>
        {
            if (Ok(status) && action == "claim") lock (_gate) _claimedTasks.Enqueue(task);
        });

    private PlannedCommand Publish()
    {
        // 40 one-hour slots a week (08:00-16:00, Monday-Friday), from the week after next on: within the
        // 85 h budget; slot s goes to facilitator s % 2, never two of theirs at once, rest kept.
        var n = _shiftSlot++;
        var slot = n % 40;
        var monday = Monday(DateTime.UtcNow.Date).AddDays(7 * (2 + n / 40) + slot % 5).AddHours(8 + slot / 5);
        var facilitator = slot % 2;
        return new PlannedCommand(
            "shift-publish", $"/api/sites/{Site.Id}/shifts",
            new { commandId = NewId(), role = "welcome", start = Local(monday), end = Local(monday.AddHours(1)) }, CoManager,
            answer => Id(answer, "id") is { } id ? $"shift:{id}:published" : null,
            (status, answer) =>
            {
                if (Ok(status) && Id(answer, "id") is { } id) lock (_gate) _publishedShifts.Enqueue((id, facilitator));
            });
    }

    private PlannedCommand ShiftClaim((string Shift, int Facilitator) shift) => new(
        "shift-claim", $"/api/sites/{Site.Id}/shifts/{shift.Shift}/claim",
        new { commandId = NewId() }, Facilitators[shift.Facilitator % Facilitators.Count],
        _ => $"shift:{shift.Shift}:claimed", (_, _) => { });

    private PlannedCommand Booking()
    {
        var n = _bookingSlot++;
        var room = Site.Rooms[n % Site.Rooms.Count];
        var k = n / Site.Rooms.Count;
        var start = DateTime.UtcNow.Date.AddDays(14 + k / 12).AddHours(8 + k % 12);
        return new PlannedCommand(
            "booking", $"/api/sites/{Site.Id}/rooms/{room.Id}/bookings",
            new { commandId = NewId(), start = Local(start), end = Local(start.AddHours(1)), kind = "client", title = "Réunion client", holder = "Bench", guests = 2, outsideGuests = false },
            CoManager, answer => Id(answer, "id") is { } id ? $"booking:{id}" : null, (_, _) => { });
    }

    private PlannedCommand CheckIn(int member)
    {
        var desk = Site.NomadDesks[member % Site.NomadDesks.Count];
        return new PlannedCommand(
            "check-in", $"/api/sites/{Site.Id}/checkins",
            new { commandId = NewId(), member = MemberId(member), desk }, Kiosks.Count > 0 ? Kiosks[0] : CoManager,
            _ => $"seat:{MemberId(member)}",
            (status, _) =>
            {
                lock (_gate) (Ok(status) ? _membersIn : _membersOut).Enqueue(member);
            });
    }

    private PlannedCommand CheckOut(int member) => new(
        "check-out", $"/api/sites/{Site.Id}/checkouts",
        new { commandId = NewId(), member = MemberId(member) }, Kiosks.Count > 0 ? Kiosks[0] : CoManager,
        _ => null,
        (status, _) =>
        {
            lock (_gate) (Ok(status) ? _membersOut : _membersIn).Enqueue(member);
        });

    private PlannedCommand VisitorIn()
    {
        _visitorsPending++;
        var name = $"Visiteur {++_visitorCount}";
        return new PlannedCommand(
            "visitor-in", $"/api/sites/{Site.Id}/visitors",
            new { commandId = NewId(), name, host = Site.Facilitators[0] }, Kiosks[0],
            answer => Id(answer, "visitor") is { } id ? $"visitor:{id}" : null,
            (status, answer) =>
            {
                lock (_gate)
                {
                    _visitorsPending--;
                    if (Ok(status) && Id(answer, "visitor") is { } id) _visitorsIn.Enqueue(id);
                }
            });
    }

    private PlannedCommand VisitorOut(string visitor) => new(
        "visitor-out", $"/api/sites/{Site.Id}/visitors/{visitor}/checkout",
        new { commandId = NewId() }, Kiosks[0], _ => null, (_, _) => { });

    private static bool Ok(int status) => status is >= 200 and < 300;

    private static string? Id(JsonElement? answer, string name) =>
        answer is { ValueKind: JsonValueKind.Object } a && a.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static DateTime Monday(DateTime day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Local(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string NewId() => Guid.NewGuid().ToString("N");
}
