using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Facilitation.Web.Tests.Cluster;

/// <summary>
/// One node of the product as its own operating-system process — the built Facilitation.Web.dll
/// run by <c>dotnet</c>, with its settings as environment variables, as a container would run
/// it — listening on loopback ports of its own. Killing it is a SIGKILL: nothing of it runs after.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(string name, int httpPort, int remotingPort, Process process)
    {
        Name = name;
        HttpPort = httpPort;
        RemotingPort = remotingPort;
        _process = process;
    }

    public string Name { get; }

    public int HttpPort { get; }

    public int RemotingPort { get; }

    public Uri Address => new($"http://127.0.0.1:{HttpPort}");

    public string ClusterAddress => $"akka.tcp://facilitation@127.0.0.1:{RemotingPort}";

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a node; its remoting port is chosen beforehand so that others can name it as their seed.</summary>
    public static NodeProcess Start(string name, int remotingPort, IReadOnlyDictionary<string, string> settings)
    {
        var httpPort = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "facilitation-nodes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Facilitation.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Facilitation__Sites__Folder"] = Path.Combine(AppContext.BaseDirectory, "sites");
        start.Environment["Facilitation__Sites__StaffFolder"] = Path.Combine(AppContext.BaseDirectory, "sites", "demo");
        start.Environment["Facilitation__Cluster__Hostname"] = "127.0.0.1";
        start.Environment["Facilitation__Cluster__Port"] = remotingPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var node = new NodeProcess(name, httpPort, remotingPort, process);
        process.OutputDataReceived += (_, line) => node.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => node.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>
    /// The settings of a node of a cluster on one PostgreSQL database, as ops/compose.yaml gives
    /// them: the node on <paramref name="seedPort"/> is the only seed, every timing is the
    /// production default; the cluster's own decisions (joins, downing, the lease) are logged.
    /// </summary>
    public static Dictionary<string, string> OnPostgreSql(string connectionString, int seedPort, bool routines = true) => new()
    {
        ["Facilitation__Storage__Provider"] = "postgresql",
        ["Facilitation__Storage__ConnectionString"] = connectionString,
        ["Facilitation__Cluster__Seeds__0"] = $"akka.tcp://facilitation@127.0.0.1:{seedPort}",
        // With routines, the schedulers of the nodes are one Quartz cluster on the same database.
        ["Facilitation__Routines__Enabled"] = routines ? "true" : "false",
        ["Facilitation__DemoMembers__Folder"] = "",
        ["Logging__LogLevel__Akka"] = "Information",
    };

    /// <summary>A loopback port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until the node answers /readyz with 200 and sees the given number of members Up.</summary>
    public async Task Ready(int members, TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) Assert.Fail($"node {Name} exited with {_process.ExitCode}:\n{Output()}");
            try
            {
                var response = await client.GetAsync("/readyz");
                var body = await response.Content.ReadAsStringAsync();
                last = $"{(int)response.StatusCode} {body}";
                if (response.StatusCode == HttpStatusCode.OK && JsonNode.Parse(body)?["checks"]?["members"]?.GetValue<string>() == $"{members}") return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        Assert.Fail($"node {Name} not ready with {members} members in time; last answer: {last}\n{Output()}");
    }

    /// <summary>SIGKILL: the process ends at once, without leaving the cluster or flushing anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGSTOP: the process stands still, its sockets open, as a machine that froze would.</summary>
    public void Pause()
    {
        Signal(Sigstop);
        Paused = true;
    }

    /// <summary>Between <see cref="Pause"/> and <see cref="Resume"/>.</summary>
    public bool Paused { get; private set; }

    /// <summary>SIGCONT: the process runs again from where it stood.</summary>
    public void Resume()
    {
        Signal(Sigcont);
        Paused = false;
    }

    /// <summary>Whether the process ended by itself within the time given.</summary>
    public bool ExitedWithin(TimeSpan within) => _process.WaitForExit(within);

    /// <summary>Everything the node wrote.</summary>
    public string FullOutput()
    {
        lock (_output) return _output.ToString();
    }

    /// <summary>The last lines the node wrote, for a failure's message.</summary>
    public string Output()
    {
        lock (_output)
        {
            var text = _output.ToString();
            return text.Length <= 6000 ? text : text[^6000..];
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private const int Sigcont = 18;
    private const int Sigstop = 19;

    private void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
            throw new InvalidOperationException($"signal {signal} to node {Name} failed: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine($"[{Name}] {line}");
    }
}
