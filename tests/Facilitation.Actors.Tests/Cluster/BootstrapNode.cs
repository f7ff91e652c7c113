using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Facilitation.Actors.Tests.Cluster;

/// <summary>
/// One node with only the product's cluster wiring (<see cref="ClusterHosting.AddFacilitationCluster"/>),
/// in a host of its own, plus test configuration prepended after it (so it wins): what the pod's
/// mounted service account and environment would give, and shorter bootstrap timings.
/// </summary>
public sealed class BootstrapNode : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly IHost _host;

    private BootstrapNode(IHost host)
    {
        _host = host;
        System = host.Services.GetRequiredService<ActorSystem>();
        Cluster = Akka.Cluster.Cluster.Get(System);
        Kit = new Akka.TestKit.Xunit2.TestKit(System);
    }

    public ActorSystem System { get; }

    public Akka.Cluster.Cluster Cluster { get; }

    /// <summary>Akka's test kit on this node's system (never disposed: stopping the host ends the system).</summary>
    public Akka.TestKit.Xunit2.TestKit Kit { get; }

    public static async Task<BootstrapNode> StartAsync(ClusterSettings settings, string testHocon)
    {
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddAkka(ClusterHosting.ServiceName, (builder, _) =>
            {
                builder
                    .AddFacilitationCluster(settings)
                    .AddHocon(testHocon, HoconAddMode.Prepend)
                    .AddHocon(Akka.TestKit.TestKitBase.DefaultConfig, HoconAddMode.Append);
            }))
            .Build();
        using (var cts = new CancellationTokenSource(StopTimeout))
            await host.StartAsync(cts.Token);
        return new BootstrapNode(host);
    }

    public async ValueTask DisposeAsync()
    {
        using (var cts = new CancellationTokenSource(StopTimeout))
            await _host.StopAsync(cts.Token);
        await System.WhenTerminated.WaitAsync(StopTimeout);
        _host.Dispose();
    }
}
