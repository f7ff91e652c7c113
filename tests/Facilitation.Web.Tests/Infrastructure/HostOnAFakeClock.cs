using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets a fresh host and database on a clock the test moves, set at
/// first to Monday 8 March 2027, 07:00 in Malakoff (ISO week 2027-W10). <see cref="ArrangeAsync"/>
/// sets the scene once the host is up.
/// </summary>
public abstract class HostOnAFakeClock : IAsyncLifetime
{
    protected static readonly DateTimeOffset MondayMorning = new(2027, 3, 8, 7, 0, 0, TimeSpan.FromHours(1));

    protected TestDatabase Database { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(MondayMorning);

    protected FacilitationApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new FacilitationApp(Database, Clock);
        await ArrangeAsync();
    }

    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Database.Dispose();
    }
}
