namespace Facilitation.Web.Health;

/// <summary>
/// <c>dotnet Facilitation.Web.dll probe [url]</c>: asks a running node whether it is up, for the
/// container's HEALTHCHECK (the ASP.NET runtime image has no curl). It never starts the host: one
/// GET, exit 0 on a 2xx answer, 1 on anything else (another status, no answer in time, nothing
/// listening, a malformed address), with one line saying which.
/// </summary>
public static class ContainerProbe
{
    public const string Command = "probe";

    public static readonly Uri DefaultUrl = new("http://127.0.0.1:8080/healthz");

    /// <summary>Well under Docker's default health-check timeout (30 s) and a liveness probe's period.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    public const int Healthy = 0;
    public const int Unhealthy = 1;

    /// <summary>Whether the command line asks for the probe rather than for the product.</summary>
    public static bool IsRequested(string[] args) => args is [Command, ..];

    /// <summary>Probes the address after "probe" (or <see cref="DefaultUrl"/>) and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length > 2)
        {
            await output.WriteLineAsync("usage: dotnet Facilitation.Web.dll probe [url]");
            return Unhealthy;
        }
        if (args.Length < 2) return await ProbeAsync(DefaultUrl, output, timeout ?? DefaultTimeout);
        if (!Uri.TryCreate(args[1], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            await output.WriteLineAsync($"unhealthy: '{args[1]}' is not an http(s) address");
            return Unhealthy;
        }
        return await ProbeAsync(url, output, timeout ?? DefaultTimeout);
    }

    private static async Task<int> ProbeAsync(Uri url, TextWriter output, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            var healthy = status is >= 200 and < 300;
            await output.WriteLineAsync($"{(healthy ? "healthy" : "unhealthy")}: {url} answered {status}");
            return healthy ? Healthy : Unhealthy;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await output.WriteLineAsync($"unhealthy: {url} did not answer within {timeout.TotalSeconds:0.#} s");
            return Unhealthy;
        }
        catch (HttpRequestException e)
        {
            await output.WriteLineAsync($"unhealthy: {url}: {e.Message}");
            return Unhealthy;
        }
    }
}
