using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Facilitation.Bench.Journal;

/// <summary>An actor system with the product's own persistence (AddFacilitationPersistence), or the stock reference, and nothing else.</summary>
internal sealed class JournalNode : IAsyncDisposable
{
    private readonly IHost _host;

    private JournalNode(IHost host)
    {
        _host = host;
        System = host.Services.GetRequiredService<ActorSystem>();
    }

    public ActorSystem System { get; }

    public static async Task<JournalNode> StartAsync(StorageSettings storage, string? hocon, bool stock)
    {
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddAkka("bench", (builder, _) =>
            {
                builder.AddHocon("akka.loglevel = WARNING", HoconAddMode.Prepend);
                if (stock) builder.AddStockSqlitePersistence(storage);
                else builder.AddFacilitationPersistence(storage);
                builder.AddHocon(hocon ?? "", HoconAddMode.Prepend);
            }))
            .Build();
        await host.StartAsync();
        return new JournalNode(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await System.WhenTerminated;
        _host.Dispose();
    }
}
