using Facilitation.Actors.Hosting;
using Facilitation.Domain.Sites;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// A test with its own SQLite file and one node on it, started before the test and stopped after;
/// <see cref="RestartAsync"/> stops the node and starts a new actor system on the same file.
/// </summary>
public abstract class NodeTest : IAsyncLifetime
{
    protected SqliteFile Db { get; } = new();

    protected virtual Site Site { get; } = TestSite.Create();

    /// <summary>The site's clock: Monday of the test week, 07:00 in Paris.</summary>
    protected FakeTimeProvider Clock { get; } = new(TestSite.At(0, 7));

    protected FacilitationNode Node { get; private set; } = null!;

    private StorageSettings Storage => Db.Storage;

    public async Task InitializeAsync() => Node = await FacilitationNode.StartAsync(Storage, Site, Clock);

    /// <param name="whileStopped">What to do to the database between the two actor systems.</param>
    protected async Task RestartAsync(Action? whileStopped = null)
    {
        await Node.DisposeAsync();
        whileStopped?.Invoke();
        Node = await FacilitationNode.StartAsync(Storage, Site, Clock);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Node is not null) await Node.DisposeAsync();
        }
        finally
        {
            Db.Dispose();
        }
    }
}
