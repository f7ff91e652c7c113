using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Akka.Cluster;
using Facilitation.Actors.Hosting;
using Facilitation.Actors.Tests.Infrastructure;

namespace Facilitation.Actors.Tests.Cluster;

/// <summary>
/// <c>Cluster:Discovery = kubernetes</c> for real: nodes wired by the product's own
/// <see cref="ClusterHosting.AddFacilitationCluster"/> list their pods through a fake Kubernetes
/// API server over HTTPS, with the service account's CA and token, and form one cluster.
/// The request goes through the KubernetesClient build the solution references, on the network.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class KubernetesDiscoveryTests : IAsyncLifetime
{
    private const string Namespace = "test";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    // Unique per test: the discovery reads the API server's address from these variables.
    private readonly string _hostVariable = "FACILITATION_TEST_K8S_HOST_" + Guid.NewGuid().ToString("N");
    private readonly string _portVariable = "FACILITATION_TEST_K8S_PORT_" + Guid.NewGuid().ToString("N");
    private readonly ServiceAccountFiles _files = new();
    private readonly List<BootstrapNode> _nodes = [];
    private FakeKubernetesApi? _api;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_nodes_find_each_other_through_the_kubernetes_api_and_form_one_cluster()
    {
        var ports = new[] { (Remoting: FreePort(), Management: FreePort()), (Remoting: FreePort(), Management: FreePort()) };
        var api = await StartApiAsync(ports.Select(p => (p.Remoting, p.Management)).ToArray());

        var watch = Stopwatch.StartNew();
        foreach (var port in ports)
            _nodes.Add(await BootstrapNode.StartAsync(Settings(port.Remoting, port.Management), TestHocon()));

        var expected = ports.Select(p => $"akka.tcp://{ClusterHosting.ServiceName}@127.0.0.1:{p.Remoting}").Order().ToArray();
        foreach (var node in _nodes)
            await node.Kit.AwaitAssertAsync(() =>
            {
                var up = node.Cluster.State.Members.Where(m => m.Status == MemberStatus.Up).Select(m => m.Address.ToString()).Order().ToArray();
                Assert.Equal(expected, up);
            }, Deadline, TimeSpan.FromMilliseconds(100));
        watch.Stop();

        // One cluster, not two clusters of one that happen to share a name: both see the same leader.
        Assert.NotNull(_nodes[0].Cluster.State.Leader);
        Assert.Equal(_nodes[0].Cluster.State.Leader, _nodes[1].Cluster.State.Leader);

        var requests = api.Requests;
        Assert.NotEmpty(requests);
        Assert.All(requests, request =>
        {
            Assert.Equal($"/api/v1/namespaces/{Namespace}/pods", request.Path);
            Assert.Equal("app=facilitation", request.LabelSelector);
            Assert.Contains("labelSelector=app%3Dfacilitation", request.RawQuery, StringComparison.Ordinal);
            Assert.Equal($"Bearer {_files.Token}", request.Authorization);
        });
        Assert.True(watch.Elapsed < Deadline, $"the cluster took {watch.Elapsed} to form");
    }

    [Fact]
    public async Task A_server_whose_certificate_does_not_chain_to_the_service_account_CA_is_never_asked()
    {
        _files.ReplaceCaWithAnUnrelatedOne();
        var ports = new[] { (Remoting: FreePort(), Management: FreePort()), (Remoting: FreePort(), Management: FreePort()) };
        var api = await StartApiAsync(ports);

        var node = await BootstrapNode.StartAsync(Settings(ports[0].Remoting, ports[0].Management), TestHocon());
        _nodes.Add(node);

        // The node connected, was refused by its own TLS check, and came back to try again.
        await node.Kit.AwaitConditionAsync(() => Task.FromResult(api.Connections >= 2), Deadline, TimeSpan.FromMilliseconds(100));
        Assert.Empty(api.Requests);
        Assert.DoesNotContain(node.Cluster.State.Members, m => m.Address.Equals(node.Cluster.SelfAddress));
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

    private async Task<FakeKubernetesApi> StartApiAsync(IReadOnlyList<(int Remoting, int Management)> pods)
    {
        _api = await FakeKubernetesApi.StartAsync(_files, Namespace, pods);
        Environment.SetEnvironmentVariable(_hostVariable, "127.0.0.1");
        Environment.SetEnvironmentVariable(_portVariable, _api.Port.ToString(CultureInfo.InvariantCulture));
        return _api;
    }

    private static Facilitation.Actors.Hosting.ClusterSettings Settings(int remotingPort, int managementPort) => new()
    {
        Discovery = "kubernetes",
        Hostname = "127.0.0.1",
        Port = remotingPort,
        RequiredContactPoints = 2,
        DiscoveryInterval = TimeSpan.FromMilliseconds(200),
        DiscoveryStableMargin = TimeSpan.FromSeconds(1),
    };

    // What a pod's mounted service account and environment give the discovery, pointed at the
    // test's files and variables; and a first seed node that gives up waiting for the others' answer
    // after 1 s instead of 5 s.
    private string TestHocon() => $$"""
        akka.loglevel = WARNING
        akka.cluster.seed-node-timeout = 1s
        akka.discovery.kubernetes-api {
          api-ca-path = "{{_files.CaPath}}"
          api-token-path = "{{_files.TokenPath}}"
          api-service-host-env-name = "{{_hostVariable}}"
          api-service-port-env-name = "{{_portVariable}}"
          pod-namespace = "{{Namespace}}"
        }
        """;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
