using Akka.Hosting;
using Facilitation.Actors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Facilitation.Actors.Tests.Cluster;

/// <summary>A mistyped <c>Cluster:Discovery</c> stops start-up with a sentence that names the key and the values it takes.</summary>
public sealed class ClusterDiscoverySettingTests
{
    [Theory]
    [InlineData("kubernetess")]
    [InlineData("dns")]
    [InlineData("")]
    public void An_unknown_discovery_stops_start_up_naming_the_key(string discovery)
    {
        var settings = new ClusterSettings { Discovery = discovery };
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddAkka(ClusterHosting.ServiceName, (builder, _) => builder.AddFacilitationCluster(settings)))
            .Build();

        var error = Assert.Throws<ArgumentException>(() => host.Services.GetRequiredService<Akka.Actor.ActorSystem>());

        Assert.Contains("Facilitation:Cluster:Discovery", error.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{discovery}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"seeds\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"kubernetes\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kubernetes")]
    [InlineData("Kubernetes")]
    [InlineData("seeds")]
    public void The_known_discoveries_are_accepted_in_any_case(string discovery)
    {
        var settings = new ClusterSettings { Discovery = discovery };

        var builder = new AkkaConfigurationBuilder(new ServiceCollection(), ClusterHosting.ServiceName);
        var returned = builder.AddFacilitationCluster(settings);

        Assert.Same(builder, returned);
    }
}
