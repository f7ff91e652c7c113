using System.Net;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Tasks;

/// <summary>Who hears of a new task, and what happens when nobody takes it, on a clock the test moves.</summary>
public sealed class TaskRoutingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset TuesdayTen = new(2027, 3, 9, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TuesdayTen);
    private FacilitationApp _app = null!;
    private HttpClient _manager = null!;
    private HttpClient _kiosk = null!;

    public async Task InitializeAsync()
    {
        _app = new FacilitationApp(_database, _clock);
        _manager = await _app.SignedIn("aurelien");
        _kiosk = await _app.Kiosk(coManager: "sybille");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    private async Task LeaIsOnShiftNow()
    {
        var shift = await _manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        Assert.Equal(HttpStatusCode.OK, (await _manager.Act(shift, "claim", "lea-on-shift", person: "lea")).StatusCode);
    }

    [Fact]
    public async Task A_new_task_goes_to_the_person_on_shift_and_shows_on_every_dashboard()
    {
        await LeaIsOnShiftNow();
        await using var lea = await StaffFeed.Open(_app, "lea");
        await using var samir = await StaffFeed.Open(_app, "samir");

        var task = (await (await _kiosk.Request("printer", "printer", "floor-1")).Json()).Text("id");

        var notice = await lea.Next("task-notice");
        Assert.Equal(task, notice.GetProperty("task").GetProperty("id").GetString());
        Assert.Equal("on-shift", notice.GetProperty("to").GetString());
        var seen = await samir.Next("task-changed");
        Assert.Equal(task, seen.GetProperty("task").GetProperty("id").GetString());
        var board = await _manager.Tasks();
        Assert.False(board["nobodyOnShift"]!.GetValue<bool>());
        Assert.Equal("lea", board["onShift"]![0]!.Text("person"));
    }

    [Fact]
    public async Task With_nobody_on_shift_the_dashboard_says_so_and_the_task_goes_to_the_co_managers()
    {
        await using var sybille = await StaffFeed.Open(_app, "sybille");

        var task = (await (await _kiosk.Request("supplies", "supplies", "entrance")).Json()).Text("id");

        var notice = await sybille.Next("task-notice");
        Assert.Equal(task, notice.GetProperty("task").GetProperty("id").GetString());
        Assert.Equal("co-managers", notice.GetProperty("to").GetString());
        Assert.True((await _manager.Tasks())["nobodyOnShift"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_visitor_left_waiting_ten_minutes_is_escalated_to_the_co_managers_and_shown_late()
    {
        await LeaIsOnShiftNow();
        await using var aurelien = await StaffFeed.Open(_app, "aurelien");
        var task = (await (await _kiosk.Request("visitor", "visitor-arrived", "entrance", name: "Jeanne")).Json()).Text("id");
        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("open", (await _manager.Tasks()).Task(task).Text("status"));

        _clock.Advance(TimeSpan.FromMinutes(1));

        var escalated = await aurelien.Next("task-notice", m => m.GetProperty("task").GetProperty("status").GetString() == "escalated");
        Assert.Equal("co-managers", escalated.GetProperty("to").GetString());
        var shown = (await (await _app.SignedIn("aurelien")).Tasks()).Task(task);
        Assert.Equal("escalated", shown.Text("status"));
        Assert.True(shown["late"]!.GetValue<bool>());
        Assert.Equal("il y a 10 minutes", shown.Text("age"));
    }

    [Fact]
    public async Task Claimed_then_done_leaves_the_open_list_and_is_kept_in_the_history()
    {
        await LeaIsOnShiftNow();
        var lea = await _app.SignedIn("lea");
        var task = (await (await _kiosk.Request("clean", "cleaning", "floor-0", text: "Café renversé")).Json()).Text("id");

        var claimed = await lea.ActOnTask(task, "claim", "on-it");
        _clock.Advance(TimeSpan.FromMinutes(4));
        var done = await lea.ActOnTask(task, "complete", "done");

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal("Léa", (await claimed.Json()).Text("claimedByName"));
        var finished = await done.Json();
        Assert.Equal("done", finished.Text("status"));
        Assert.Equal(["raised", "claimed", "done"], finished["history"]!.AsArray().Select(h => h!.Text("what")));
        Assert.Empty((await lea.Tasks())["tasks"]!.AsArray());
    }

    [Fact]
    public async Task Someone_else_cannot_take_a_claimed_task_but_a_co_manager_can_reassign_or_cancel()
    {
        var lea = await _app.SignedIn("lea");
        var samir = await _app.SignedIn("samir");
        var first = (await (await _kiosk.Request("t1", "printer", "entrance")).Json()).Text("id");
        var second = (await (await _kiosk.Request("t2", "supplies", "entrance")).Json()).Text("id");
        await lea.ActOnTask(first, "claim", "lea");

        var taken = await samir.ActOnTask(first, "claim", "samir");
        var cancelByLea = await lea.ActOnTask(second, "cancel", "lea-cancel");
        var reassigned = await _manager.ActOnTask(first, "reassign", "move", person: "samir");
        var cancelled = await _manager.ActOnTask(second, "cancel", "cancel");

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var problem = await taken.Json();
        Assert.Equal("lea", problem.Text("person"));
        Assert.Equal("Léa s'en occupe déjà.", problem.Text("detail"));
        Assert.Equal(HttpStatusCode.Forbidden, cancelByLea.StatusCode);
        Assert.Equal("samir", (await reassigned.Json()).Text("claimedBy"));
        Assert.Equal("cancelled", (await cancelled.Json()).Text("status"));
    }

    [Theory]
    [InlineData("zzzzzzzzzz")]
    [InlineData("0123456789")]
    [InlineData("short")]
    public async Task An_unknown_task_is_a_404(string task)
    {
        var response = await _manager.ActOnTask(task, "claim", "x");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
