using System.Net;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Shifts;

/// <summary>Starting and ending a shift, on a clock the test moves.</summary>
public sealed class ShiftLifecycleTests : IAsyncLifetime
{
    private static readonly DateTimeOffset MondayMorning = new(2027, 3, 8, 7, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(MondayMorning);
    private FacilitationApp _app = null!;
    private HttpClient _manager = null!;
    private HttpClient _lea = null!;
    private string _shift = null!;

    public async Task InitializeAsync()
    {
        _app = new FacilitationApp(_database, _clock);
        _manager = await _app.SignedIn("aurelien");
        _lea = await _app.SignedIn("lea");
        _shift = await _manager.Published("2027-03-08T09:00", "2027-03-08T13:00");
        Assert.Equal(HttpStatusCode.OK, (await _lea.Act(_shift, "claim", "claim")).StatusCode);
    }

    /// <summary>Sessions end after 30 idle minutes on the same clock: move it, then sign in again.</summary>
    private async Task At(DateTimeOffset now)
    {
        _clock.SetUtcNow(now);
        _manager = await _app.SignedIn("aurelien");
        _lea = await _app.SignedIn("lea");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_shift_cannot_be_started_two_hours_before_and_the_answer_says_when()
    {
        var response = await _lea.Act(_shift, "start", "too-early");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Json();
        Assert.Equal("shift.too-early-to-start", problem.Text("code"));
        Assert.Equal("Le service commence dans 2 heures ; on peut le démarrer au plus 30 min avant.", problem.Text("detail"));
    }

    [Fact]
    public async Task The_holder_starts_and_ends_the_shift_and_the_worked_hours_are_the_real_ones()
    {
        await At(MondayMorning.AddHours(1).AddMinutes(50)); // 08:50
        var started = await _lea.Act(_shift, "start", "start");
        await At(MondayMorning.AddHours(6).AddMinutes(20)); // 13:20, a late finish
        var ended = await _lea.Act(_shift, "end", "end");

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("2027-03-08T08:50:00+01:00", (await started.Json()).Text("startedAt"));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var week = await _lea.Week("2027-W10");
        var shift = week.Shift(_shift);
        Assert.Equal("ended", shift.Text("status"));
        Assert.Equal("2027-03-08T13:20:00+01:00", shift.Text("endedAt"));
        Assert.Equal(4.5, week.Number("workedHours"));
        Assert.Equal(4.5, week.Number("committedHours")); // the late finish eats into the budget
        Assert.Equal(80.5, week.Number("leftHours"));
        Assert.Equal(4.5, week.Person("lea").Number("workedHours"));
    }

    [Fact]
    public async Task Someone_else_cannot_start_my_shift_and_a_started_shift_cannot_be_released()
    {
        await At(MondayMorning.AddHours(2));
        var samir = await _app.SignedIn("samir");

        var bySamir = await samir.Act(_shift, "start", "samir-start");
        await _lea.Act(_shift, "start", "lea-start");
        var release = await _lea.Act(_shift, "release", "lea-release");

        Assert.Equal(HttpStatusCode.Forbidden, bySamir.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        Assert.Equal("shift.already-started", (await release.Json()).Text("code"));
    }

    [Fact]
    public async Task A_shift_not_started_may_be_marked_a_no_show_after_a_quarter_of_an_hour_and_frees_the_budget()
    {
        await At(MondayMorning.AddHours(2).AddMinutes(10)); // 09:10
        var tooEarly = await _manager.Act(_shift, "no-show", "ns-1");
        _clock.SetUtcNow(MondayMorning.AddHours(2).AddMinutes(20)); // 09:20, within the session's 30 minutes
        var noShow = await _manager.Act(_shift, "no-show", "ns-2");

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal("shift.too-early-for-no-show", (await tooEarly.Json()).Text("code"));
        Assert.Equal(HttpStatusCode.OK, noShow.StatusCode);
        var week = await _manager.Week("2027-W10");
        Assert.Equal("no-show", week.Shift(_shift).Text("status"));
        Assert.Equal(85, week.Number("leftHours"));
    }

    [Fact]
    public async Task The_current_week_follows_the_site_clock()
    {
        var week = await _lea.Week("current");

        Assert.Equal("2027-W10", week.Text("week"));
        Assert.Equal("2027-03-08", week.Text("monday"));
        Assert.Equal("Europe/Paris", week.Text("timeZone"));
        Assert.Equal("reste 81 heures", week.Text("leftText"));
    }

    [Fact]
    public async Task A_session_left_idle_for_half_an_hour_is_closed()
    {
        _clock.Advance(TimeSpan.FromMinutes(31));

        var response = await _lea.Act(_shift, "release", "idle");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("claimed", (await (await _app.SignedIn("lea")).Week("2027-W10")).Shift(_shift).Text("status"));
    }
}
