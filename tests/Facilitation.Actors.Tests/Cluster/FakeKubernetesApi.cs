using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// <c>remoting</c> and <c>management</c> on one node's own ports, and three pods discovery must
/// leave out (pending; being deleted; without a remoting port), at addresses that sort before
/// 127.0.0.1, so that taking any of them for a seed node would stop the cluster forming.
/// A request without the service account's bearer token gets a 401, as from a real server.
/// Every request is recorded as it came, and every TCP connection counted (a refused TLS
/// handshake never becomes a request).
/// </summary>
public sealed class FakeKubernetesApi : IAsyncDisposable
{
    private const string Unauthorized = """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","reason":"Unauthorized","code":401}""";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PodListRequest> _requests;
    private readonly StrongBox<int> _connections;

    private FakeKubernetesApi(WebApplication app, int port, ConcurrentQueue<PodListRequest> requests, StrongBox<int> connections)
    {
        _app = app;
        Port = port;
        _requests = requests;
        _connections = connections;
    }

    public int Port { get; }

    public IReadOnlyCollection<PodListRequest> Requests => _requests.ToArray();

    public int Connections => Volatile.Read(ref _connections.Value);

    /// <param name="namespaceName">The only namespace with pods; any other answers an empty list.</param>
    /// <param name="pods">One pod per node: its remoting and management ports.</param>
    public static async Task<FakeKubernetesApi> StartAsync(ServiceAccountFiles files, string namespaceName, IReadOnlyList<(int Remoting, int Management)> pods)
    {
        var requests = new ConcurrentQueue<PodListRequest>();
        var connections = new StrongBox<int>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Use(next => connection =>
                {
                    Interlocked.Increment(ref connections.Value);
                    return next(connection);
                });
                listen.UseHttps(files.ServerCertificate);
            }));
        var app = builder.Build();
        var body = PodList(namespaceName, pods);
        app.MapGet("/api/v1/namespaces/{ns}/pods", (HttpContext http, string ns) =>
        {
            var authorization = http.Request.Headers.Authorization.FirstOrDefault();
            requests.Enqueue(new PodListRequest(
                http.Request.Path.Value ?? "",
                http.Request.QueryString.Value ?? "",
                http.Request.Query["labelSelector"].FirstOrDefault(),
                authorization));
            if (authorization != $"Bearer {files.Token}")
                return Results.Text(Unauthorized, "application/json", statusCode: StatusCodes.Status401Unauthorized);
            return Results.Text(ns == namespaceName ? body : PodList(ns, []), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeKubernetesApi(app, new Uri(address).Port, requests, connections);
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
            items = pods
                .Select((pod, i) => Pod($"facilitation-{i}", namespaceName, "Running", "127.0.0.1", deleting: false, [("remoting", pod.Remoting), ("management", pod.Management)]))
                .Concat(pods.Count == 0 ? [] :
                [
                    Pod("facilitation-pending", namespaceName, "Pending", "10.0.0.1", deleting: false, [("remoting", 4053), ("management", 8558)]),
                    Pod("facilitation-leaving", namespaceName, "Running", "10.0.0.2", deleting: true, [("remoting", 4053), ("management", 8558)]),
                    Pod("facilitation-other", namespaceName, "Running", "10.0.0.3", deleting: false, [("http", 8080)]),
                ])
                .ToArray(),
        });

    private static object Pod(string name, string namespaceName, string phase, string ip, bool deleting, (string Name, int Port)[] ports) => new
    {
        metadata = new
        {
            name,
            @namespace = namespaceName,
            labels = new Dictionary<string, string> { ["app"] = "facilitation" },
            deletionTimestamp = deleting ? "2026-01-01T00:00:00Z" : null,
        },
        spec = new
        {
            containers = new[]
            {
                new
                {
                    name = "facilitation",
                    ports = ports.Select(port => new { name = port.Name, containerPort = port.Port, protocol = "TCP" }).ToArray(),
                },
            },
        },
        status = new
        {
            phase,
            podIP = ip,
            conditions = new[] { new { type = "Ready", status = phase == "Running" ? "True" : "False" } },
            containerStatuses = new[]
            {
                new { name = "facilitation", ready = phase == "Running", started = true, restartCount = 0, image = "facilitation", imageID = "" },
            },
        },
    };
}
