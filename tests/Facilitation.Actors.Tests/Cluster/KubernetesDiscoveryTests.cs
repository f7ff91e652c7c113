using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Akka.Cluster;
using Facilitation.Actors.Hosting;
using Facilitation.Actors.Tests.Infrastructure;

namespace Facilitation.Actors.Tests.Cluster;

/// <summary>
/// <c>Cluster:Discovery = kubernetes</c> for real: two nodes wired by the product's own
/// <see cref="ClusterHosting.AddFacilitationCluster"/> find each other through
/// Akka.Discovery.KubernetesApi, asking a fake Kubernetes API server over HTTPS, and form one cluster. This runs the KubernetesClient build the solution references
/// (not the one the discovery package was compiled against), so a binary break between them fails here.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class KubernetesDiscoveryTests : IAsyncLifetime
{
    private const string Namespace = "test";
    private static readonly TimeSpan FormDeadline = TimeSpan.FromSeconds(15);

    // Unique per test run: the discovery reads the API server's address from these variables.
    private readonly string _hostVariable = "FACILITATION_TEST_K8S_HOST_" + Guid.NewGuid().ToString("N");
    private readonly string _portVariable = "FACILITATION_TEST_K8S_PORT_" + Guid.NewGuid().ToString("N");
    private readonly ServiceAccountFiles _files = new();
    private readonly List<BootstrapNode> _nodes = [];
    private FakeKubernetesApi? _api;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_nodes_find_each_other_through_the_kubernetes_api_and_form_one_cluster()
    {
        var management = new[] { FreePort(), FreePort() };
        var remoting = new[] { FreePort(), FreePort() };
        _api = await FakeKubernetesApi.StartAsync(_files, Namespace, [(remoting[0], management[0]), (remoting[1], management[1])]);
        Environment.SetEnvironmentVariable(_hostVariable, "127.0.0.1");
        Environment.SetEnvironmentVariable(_portVariable, _api.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 2; i++)
            _nodes.Add(await BootstrapNode.StartAsync(
                new Facilitation.Actors.Hosting.ClusterSettings
                {
                    Discovery = "kubernetes",
                    Hostname = "127.0.0.1",
                    Port = remoting[i],
                    ManagementPort = management[i],
                    RequiredContactPoints = 2,
                    DiscoveryInterval = TimeSpan.FromMilliseconds(200),
                    DiscoveryStableMargin = TimeSpan.FromSeconds(1),
                },
                TestHocon()));

        var expected = remoting.Select(port => $"akka.tcp://{ClusterHosting.ServiceName}@127.0.0.1:{port}").Order().ToArray();
        foreach (var node in _nodes)
            await node.Kit.AwaitAssertAsync(() =>
            {
                var up = node.Cluster.State.Members.Where(m => m.Status == MemberStatus.Up).Select(m => m.Address.ToString()).Order().ToArray();
                Assert.Equal(expected, up);
            }, FormDeadline, TimeSpan.FromMilliseconds(100));
        watch.Stop();

        // One cluster, not two clusters of one that happen to share a name: both see the same leader.
        Assert.Equal(_nodes[0].Cluster.State.Leader, _nodes[1].Cluster.State.Leader);
        Assert.NotNull(_nodes[0].Cluster.State.Leader);

        var requests = _api.Requests;
        Assert.NotEmpty(requests);
        Assert.All(requests, request =>
        {
            Assert.Equal($"/api/v1/namespaces/{Namespace}/pods", request.Path);
            Assert.Equal("app=facilitation", request.LabelSelector);
            Assert.Contains("labelSelector=app%3Dfacilitation", request.RawQuery, StringComparison.Ordinal);
            Assert.Equal($"Bearer {_files.Token}", request.Authorization);
        });
        Assert.True(watch.Elapsed < FormDeadline, $"the cluster took {watch.Elapsed} to form");
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var node in _nodes) await node.DisposeAsync();
            if (_api is not null) await _api.DisposeAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(_hostVariable, null);
            Environment.SetEnvironmentVariable(_portVariable, null);
            _files.Dispose();
        }
    }

    // What a pod's mounted service account gives the discovery, pointed at the test's files and
    // variables.
    private string TestHocon() => $$"""
        akka.loglevel = WARNING
        akka.cluster.seed-node-timeout = 1s
        akka.cluster.gossip-interval = 200ms
        akka.discovery.kubernetes-api {
          api-ca-path = "{{_files.CaPath}}"
          api-token-path = "{{_files.TokenPath}}"
          api-service-host-env-name = "{{_hostVariable}}"
          api-service-port-env-name = "{{_portVariable}}"
          pod-namespace = "{{Namespace}}"
          use-raw-ip = true
        }
        """;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
