using Akka.Actor;
using Akka.Configuration;
using System.Security.Cryptography.X509Certificates;
using Akka.Discovery.KubernetesApi;
using k8s;
using k8s.Authentication;
using k8s.Models;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// The cluster's pods, listed through the Kubernetes API as the pod's service account allows:
/// the running pods of this namespace that carry <see cref="ClusterSettings.PodLabelSelector"/>,
/// as the remoting addresses of their <see cref="ClusterHosting.RemotingPortName"/> ports.
/// </summary>
/// <remarks>
/// Where the API is, and with which credentials, is read from the keys of
/// <c>akka.discovery.kubernetes-api</c> (Akka.Discovery.KubernetesApi's reference configuration:
/// the service account mounted in every pod, the <c>KUBERNETES_SERVICE_HOST</c>/<c>_PORT</c>
/// variables, the pod's namespace file), but the request is made here with the KubernetesClient
/// the solution references. The package's own lookup cannot run with it: it was built against
/// KubernetesClient 17.0.14 (not served here) and calls a <c>V1PodList</c> constructor that 19.0.2
/// and 21.0.8 no longer have (MissingMethodException on every lookup). Also unlike the package,
/// <c>api-ca-path</c> is the CA the server's certificate must chain to (the package passes it as a
/// client certificate).
/// </remarks>
internal sealed class KubernetesPods : IDisposable
{
    private const string ConfigPath = "akka.discovery.kubernetes-api";

    private readonly Kubernetes _client;
    private readonly string _namespace;
    private readonly string _labelSelector;
    private readonly string _systemName;
    private readonly string _protocol;

    private KubernetesPods(Kubernetes client, string namespaceName, string labelSelector, string systemName, string protocol)
    {
        _client = client;
        _namespace = namespaceName;
        _labelSelector = labelSelector;
        _systemName = systemName;
        _protocol = protocol;
    }

    public string Namespace => _namespace;

    public static KubernetesPods Create(ActorSystem system, ClusterSettings settings, string protocol)
    {
        var config = system.Settings.Config.GetConfig(ConfigPath)
            .WithFallback(KubernetesDiscovery.DefaultConfiguration().GetConfig(ConfigPath));
        var hostVariable = config.GetString("api-service-host-env-name");
        var portVariable = config.GetString("api-service-port-env-name");
        var host = Environment.GetEnvironmentVariable(hostVariable);
        var port = Environment.GetEnvironmentVariable(portVariable);
        if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(port))
            throw new InvalidOperationException(
                $"Kubernetes discovery needs the API server's address in the environment variables {hostVariable} and {portVariable}: is this node running in a pod?");

        var client = new Kubernetes(new KubernetesClientConfiguration
        {
            Host = new UriBuilder(Uri.UriSchemeHttps, host, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture)).ToString(),
            SslCaCerts = CaCertificates(config.GetString("api-ca-path")),
            TokenProvider = new TokenFileAuth(config.GetString("api-token-path")),
        });
        return new KubernetesPods(client, NamespaceOf(config), settings.PodLabelSelector, system.Name, protocol);
    }

    /// <summary>The remoting addresses of the running pods, sorted (host, then port).</summary>
    public async Task<IReadOnlyList<Address>> ListAsync(CancellationToken cancellation)
    {
        var pods = await _client.CoreV1.ListNamespacedPodAsync(_namespace, labelSelector: _labelSelector, cancellationToken: cancellation);
        return pods.Items
            .Where(pod => pod.Metadata?.DeletionTimestamp is null)
            .Where(pod => string.Equals(pod.Status?.Phase, "Running", StringComparison.OrdinalIgnoreCase))
            .Select(pod => (Ip: pod.Status?.PodIP, Port: RemotingPort(pod)))
            .Where(pod => !string.IsNullOrWhiteSpace(pod.Ip) && pod.Port is not null)
            .Select(pod => new Address(_protocol, _systemName, pod.Ip, pod.Port))
            .Distinct()
            .OrderBy(address => address.Host, StringComparer.Ordinal)
            .ThenBy(address => address.Port)
            .ToList();
    }

    public void Dispose() => _client.Dispose();

    private static X509Certificate2Collection CaCertificates(string path)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(path);
        return certificates;
    }

    private static int? RemotingPort(V1Pod pod) =>
        (pod.Spec?.Containers ?? [])
            .SelectMany(container => container.Ports ?? [])
            .FirstOrDefault(port => port.Name == ClusterHosting.RemotingPortName)?.ContainerPort;

    private static string NamespaceOf(Config config)
    {
        var configured = config.GetString("pod-namespace");
        if (!string.IsNullOrWhiteSpace(configured) && configured != "<pod-namespace>")
            return configured;
        var path = config.GetString("pod-namespace-path");
        return File.Exists(path) ? File.ReadAllText(path).Trim() : "default";
    }
}
