using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Facilitation.Actors.Tests.Cluster;

/// <summary>
/// The one call of the Kubernetes API that pod discovery makes, served over HTTPS on 127.0.0.1
/// (Kestrel, with the test's self-signed certificate): <c>GET /api/v1/namespaces/{ns}/pods</c>
/// answers a PodList of running, ready pods at 127.0.0.1, each with container ports named
/// <c>remoting</c> and <c>management</c> on one node's own ports. Every request is recorded as it came.
/// </summary>
public sealed class FakeKubernetesApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PodListRequest> _requests = new();

    private FakeKubernetesApi(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public IReadOnlyCollection<PodListRequest> Requests => _requests.ToArray();

    /// <param name="namespaceName">The only namespace with pods; any other answers an empty list.</param>
    /// <param name="pods">One pod per node: its remoting and management ports.</param>
    public static async Task<FakeKubernetesApi> StartAsync(ServiceAccountFiles files, string namespaceName, IReadOnlyList<(int Remoting, int Management)> pods)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(files.ServerCertificate)));
        var app = builder.Build();
        var body = PodList(namespaceName, pods);
        FakeKubernetesApi? api = null;
        app.MapGet("/api/v1/namespaces/{ns}/pods", (HttpContext http, string ns) =>
        {
            api!._requests.Enqueue(new PodListRequest(
                http.Request.Path.Value ?? "",
                http.Request.QueryString.Value ?? "",
                http.Request.Query["labelSelector"].FirstOrDefault(),
                http.Request.Headers.Authorization.FirstOrDefault()));
            return Results.Text(ns == namespaceName ? body : PodList(ns, []), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        api = new FakeKubernetesApi(app, new Uri(address).Port);
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string PodList(string namespaceName, IReadOnlyList<(int Remoting, int Management)> pods) =>
        JsonSerializer.Serialize(new
        {
            kind = "PodList",
            apiVersion = "v1",
            metadata = new { resourceVersion = "1" },
            items = pods.Select((pod, i) => new
            {
                metadata = new
                {
                    name = $"facilitation-{i}",
                    @namespace = namespaceName,
                    labels = new Dictionary<string, string> { ["app"] = "facilitation" },
                },
                spec = new
                {
                    containers = new[]
                    {
                        new
                        {
                            name = "facilitation",
                            ports = new[]
                            {
                                new { name = "http", containerPort = 8080, protocol = "TCP" },
                                new { name = "remoting", containerPort = pod.Remoting, protocol = "TCP" },
                                new { name = "management", containerPort = pod.Management, protocol = "TCP" },
                            },
                        },
                    },
                },
                status = new
                {
                    phase = "Running",
                    podIP = "127.0.0.1",
                    conditions = new[] { new { type = "Ready", status = "True" } },
                    containerStatuses = new[]
                    {
                        new { name = "facilitation", ready = true, started = true, restartCount = 0, image = "facilitation", imageID = "", state = new { running = new { startedAt = "2026-01-01T00:00:00Z" } } },
                    },
                },
            }),
        });
}
