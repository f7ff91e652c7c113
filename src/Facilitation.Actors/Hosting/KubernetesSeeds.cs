using Akka.Actor;
using Akka.Event;

namespace Facilitation.Actors.Hosting;

/// <summary>
/// Forms or joins the cluster from the Kubernetes API (<see cref="KubernetesPods"/>): once at least
/// <see cref="ClusterSettings.RequiredContactPoints"/> pods are listed, unchanged for
/// <see cref="ClusterSettings.DiscoveryStableMargin"/>, their remoting addresses, sorted, go to
/// Akka's own seed-node process. That process joins a cluster one of them already belongs to
/// (a restarted pod, a rolling deploy), and only the lowest address may start a new one, once
/// every other node has answered that it is in none: the decision Akka.Management's cluster
/// bootstrap makes, without its HTTP endpoint (which cannot start here: see ClusterHosting).
/// </summary>
internal sealed class KubernetesSeeds
{
    private readonly ActorSystem _system;
    private readonly ClusterSettings _settings;
    private readonly ILoggingAdapter _log;

    private KubernetesSeeds(ActorSystem system, ClusterSettings settings)
    {
        _system = system;
        _settings = settings;
        _log = Logging.GetLogger(system, typeof(KubernetesSeeds));
    }

    public static void Start(ActorSystem system, ClusterSettings settings)
    {
        var stop = new CancellationTokenSource();
        system.WhenTerminated.ContinueWith(_ => stop.Cancel(), TaskScheduler.Default);
        _ = new KubernetesSeeds(system, settings).RunAsync(stop.Token);
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var cluster = Akka.Cluster.Cluster.Get(_system);
        KubernetesPods? pods = null;
        IReadOnlyList<Address> seen = [];
        var seenSince = DateTimeOffset.UtcNow;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    pods ??= KubernetesPods.Create(_system, _settings, cluster.SelfAddress.Protocol);
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
                    timeout.CancelAfter(_settings.DiscoveryResolveTimeout);
                    var addresses = await pods.ListAsync(timeout.Token);
                    var now = DateTimeOffset.UtcNow;
                    if (!addresses.SequenceEqual(seen))
                    {
                        _log.Info("Kubernetes discovery: {0} pod(s) labelled [{1}] in namespace [{2}]: [{3}]",
                            addresses.Count, _settings.PodLabelSelector, pods.Namespace, string.Join(", ", addresses));
                        seen = addresses;
                        seenSince = now;
                    }
                    else if (seen.Count >= _settings.RequiredContactPoints && now - seenSince >= _settings.DiscoveryStableMargin)
                    {
                        if (!seen.Contains(cluster.SelfAddress))
                            _log.Warning("This node [{0}] is not among the pods listed: is Cluster:Hostname the pod's IP?", cluster.SelfAddress);
                        _log.Info("Joining the cluster through the seed nodes [{0}]", string.Join(", ", seen));
                        cluster.JoinSeedNodes(seen);
                        return;
                    }
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    _log.Warning(e, "Kubernetes discovery failed; trying again in {0}", _settings.DiscoveryInterval);
                }

                await Task.Delay(_settings.DiscoveryInterval, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The actor system stopped before this node joined.
        }
        finally
        {
            pods?.Dispose();
        }
    }
}
