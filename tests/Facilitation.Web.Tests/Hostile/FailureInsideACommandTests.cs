using System.Net;
using Facilitation.Web.Tests.Infrastructure;
using Facilitation.Web.Tests.Rooms;

namespace Facilitation.Web.Tests.Hostile;

/// <summary>
/// Whatever fails inside a command — here the clock itself, read by the booking's endpoint — the
/// answer is a 503 with a Retry-After and a problem body, never a 500; nothing was applied, and the
/// same command sent again once the failure is gone is applied once.
/// </summary>
public sealed class FailureInsideACommandTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly BreakableClock _clock = new();
    private FacilitationApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = new FacilitationApp(_database, _clock);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_command_whose_step_throws_gets_503_with_Retry_After_and_is_applied_once_when_sent_again()
    {
        var manager = await _app.SignedIn("aurelien");
        var commandId = Calls.NewId();
        const string day = "2027-01-12";

        _clock.Broken = true;
        var failed = await manager.Book("salle-vanves", commandId, $"{day}T10:00", $"{day}T11:00");
        _clock.Broken = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.NotNull(failed.Headers.RetryAfter);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        var problem = await failed.Json();
        Assert.Equal("service.unavailable", problem.Text("code"));
        Assert.Equal("failure", problem.Text("reason"));

        var booked = await manager.Book("salle-vanves", commandId, $"{day}T10:00", $"{day}T11:00");
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var again = await manager.Book("salle-vanves", commandId, $"{day}T10:00", $"{day}T11:00");
        Assert.True(again.IsSuccessStatusCode, $"{(int)again.StatusCode}");
        Assert.Equal((await booked.Json()).Text("id"), (await again.Json()).Text("id"));
        Assert.Single((await manager.Day(day)).BookingsOf("salle-vanves"));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>The system clock, which throws while <see cref="Broken"/>.</summary>
    private sealed class BreakableClock : TimeProvider
    {
        public volatile bool Broken;

        public override DateTimeOffset GetUtcNow() => Broken ? throw new InvalidOperationException("the clock is broken") : System.GetUtcNow();
    }
}
