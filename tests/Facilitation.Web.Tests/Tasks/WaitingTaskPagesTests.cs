using System.Net;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Tasks;

/// <summary>
/// The tasks waiting, a page at a time: the most pressing first, with how many wait in all and the
/// cursor of the next page; the done ones are never read again.
/// </summary>
public sealed class WaitingTaskPagesTests : CoManagerOnTheHost
{
    private static readonly DateTimeOffset TuesdayTen = new(2027, 3, 9, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly FakeTimeProvider _clock;

    public WaitingTaskPagesTests() : this(new FakeTimeProvider(TuesdayTen))
    {
    }

    private WaitingTaskPagesTests(FakeTimeProvider clock) : base(clock) => _clock = clock;

    [Fact]
    public async Task More_tasks_waiting_than_a_page_come_in_pages_the_most_pressing_first_and_without_the_done_ones()
    {
        // Three kiosks: each may raise ten requests a minute.
        var kiosks = new[] { await App.Kiosk(), await App.Kiosk(), await App.Kiosk() };
        var raised = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            var category = i % 2 == 0 ? "cleaning" : "supplies"; // due in 60 and in 30 minutes
            var answer = await kiosks[i / 9].Request(Calls.NewId(), category, "entrance", text: $"Demande {i}");
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            raised.Add((await answer.Json()).Text("id"));
            _clock.Advance(TimeSpan.FromSeconds(10));
        }
        foreach (var done in raised.Take(3))
            Assert.Equal(HttpStatusCode.OK, (await Manager.ActOnTask(done, "complete", Calls.NewId())).StatusCode);

        var first = await (await Manager.GetAsync("/api/sites/casaco/tasks")).Json(); // the first page alone
        var next = first.Text("next");
        var second = await (await Manager.GetAsync($"/api/sites/casaco/tasks?after={Uri.EscapeDataString(next)}")).Json();

        var read = first["tasks"]!.AsArray().Concat(second["tasks"]!.AsArray()).Select(t => t!.AsObject()).ToList();
        Assert.Equal((20, 22, 2, 22), (first["tasks"]!.AsArray().Count, (int)first.Number("total"), second["tasks"]!.AsArray().Count, (int)second.Number("total")));
        Assert.Null(second["next"]);
        Assert.Equal(raised.Skip(3).Order(), read.Select(t => t.Text("id")).Order());
        Assert.Equal(read.OrderBy(t => DateTimeOffset.Parse(t.Text("dueAt"), System.Globalization.CultureInfo.InvariantCulture)).Select(t => t.Text("id")), read.Select(t => t.Text("id")));
        Assert.All(read.Take(11), t => Assert.Equal("logistics", t.Text("kind"))); // supplies first: due in 30 minutes, not 60
    }

    [Fact]
    public async Task A_cursor_longer_than_any_page_gives_is_refused_with_400()
    {
        var after = string.Concat(Enumerable.Repeat("0639322927253007636|0b2da0553b", 3));

        var response = await Manager.GetAsync($"/api/sites/casaco/tasks?after={Uri.EscapeDataString(after)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["after"]);
    }
}
