namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets a fresh host, its own database and a signed-in co-manager;
/// on the given clock, if any.
/// </summary>
public abstract class CoManagerOnTheHost(TimeProvider? clock = null) : IAsyncLifetime
{
    protected TestDatabase Database { get; } = new();

    protected FacilitationApp App { get; private set; } = null!;

    /// <summary>Aurélien, co-manager of Casaco.</summary>
    protected HttpClient Manager { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new FacilitationApp(Database, clock);
        Manager = await App.SignedIn("aurelien");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Database.Dispose();
    }
}
