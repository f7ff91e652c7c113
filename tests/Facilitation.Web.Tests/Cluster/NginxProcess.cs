using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Facilitation.Web.Tests.Cluster;

/// <summary>
/// Debian's nginx (installed by ops/ci/install-nginx.sh, which ops/test runs) as its own process,
/// in front of nodes of the product, with the proxy file compose uses (ops/lb/facilitation.conf,
/// copied beside the tests): only its <c>server nodeN:8080</c> addresses and its <c>listen</c> line
/// are replaced by loopback ports. Everything nginx writes stays in a folder of its own: the main
/// file (in place of the official image's), the pid file, the temporary files. Its access log is
/// its standard output (the proxy file logs to /dev/stdout), kept in memory.
/// </summary>
public sealed partial class NginxProcess : IDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;
    private readonly List<string> _accessLog = [];
    private readonly StringBuilder _errors = new();

    private NginxProcess(int port, string folder, Process process)
    {
        Port = port;
        _folder = folder;
        _process = process;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>The proxy file of ops/lb, as compose mounts it.</summary>
    public static string ComposeFile => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "lb", "facilitation.conf"));

    /// <summary>
    /// The proxy file with its nodes at the given loopback ports, in order (node1 is the first),
    /// and listening on <paramref name="port"/>. Fails when the file does not have one server line
    /// per node and one <c>listen 80;</c>: the test must run the file compose runs.
    /// </summary>
    public static string Render(string file, IReadOnlyList<int> nodePorts, int port)
    {
        var servers = 0;
        var rendered = ServerLine().Replace(file, match =>
        {
            var node = int.Parse(match.Groups["node"].Value, CultureInfo.InvariantCulture);
            servers++;
            Assert.True(node == servers && node <= nodePorts.Count,
                $"the proxy file's server line {servers} names node{node}, the test runs {nodePorts.Count} nodes in order: {match.Value}");
            return $"{match.Groups["indent"].Value}server 127.0.0.1:{nodePorts[node - 1]}";
        });
        Assert.True(servers == nodePorts.Count, $"the proxy file has {servers} server lines, the test runs {nodePorts.Count} nodes");
        var listens = ListenLine().Matches(rendered).Count;
        Assert.True(listens == 1, $"the proxy file has {listens} 'listen 80;' lines, 1 expected");
        return ListenLine().Replace(rendered, $"${{indent}}listen 127.0.0.1:{port};");
    }

    /// <summary>Starts nginx with <paramref name="proxyFile"/> (already rendered) on a free loopback port.</summary>
    public static NginxProcess Start(Func<int, string> proxyFile)
    {
        Assert.True(File.Exists(Executable),
            $"{Executable} is missing: this test runs Debian's nginx in front of the nodes; install it with `bash ops/ci/install-nginx.sh` (ops/test does).");
        var port = NodeProcess.FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "facilitation-nginx", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "logs"));
        File.WriteAllText(Path.Combine(folder, "facilitation.conf"), proxyFile(port));
        // What the official image's /etc/nginx/nginx.conf gives around the proxy file, in this
        // folder. As root, nginx's workers need a user: nobody.
        var main = new StringBuilder()
            .AppendLine("worker_processes 1;")
            .AppendLine("daemon off;")
            .AppendLine("error_log stderr notice;")
            .AppendLine(CultureInfo.InvariantCulture, $"pid {folder}/nginx.pid;")
            .AppendLine(Environment.UserName == "root" ? "user nobody nogroup;" : "")
            .AppendLine("events { worker_connections 256; }")
            .AppendLine("http {");
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
            main.AppendLine(CultureInfo.InvariantCulture, $"    {temp}_temp_path {folder}/{temp};");
        main.AppendLine(CultureInfo.InvariantCulture, $"    include {folder}/facilitation.conf;").AppendLine("}");
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), main.ToString());

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", folder + "/", "-c", Path.Combine(folder, "nginx.conf") }) start.ArgumentList.Add(argument);
        var process = new Process { StartInfo = start };
        var nginx = new NginxProcess(port, folder, process);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text) lock (nginx._accessLog) nginx._accessLog.Add(text);
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text) lock (nginx._errors) nginx._errors.AppendLine(text);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return nginx;
    }

    /// <summary>Waits until a request through the proxy reaches a node (/healthz answers 200).</summary>
    public async Task Ready(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) Assert.Fail($"nginx exited with {_process.ExitCode}:\n{Output()}");
            try
            {
                var response = await client.GetAsync("/healthz");
                last = $"{(int)response.StatusCode}";
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        Assert.Fail($"nginx did not proxy /healthz in time; last answer: {last}\n{Output()}");
    }

    /// <summary>The access log so far, one request a line (a WebSocket's line is written when it closes).</summary>
    public IReadOnlyList<string> AccessLog()
    {
        lock (_accessLog) return [.. _accessLog];
    }

    /// <summary>The access log's last lines and the error log, for a failure's message.</summary>
    public string Output()
    {
        var log = AccessLog();
        lock (_errors) return $"[nginx access log]\n{string.Join('\n', log.TakeLast(40))}\n[nginx error log]\n{_errors}";
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp folder's own cleaning.
        }
    }

    [GeneratedRegex(@"(?<indent>^[ \t]*)server node(?<node>[0-9]+):8080(?=[ ;])", RegexOptions.Multiline)]
    private static partial Regex ServerLine();

    [GeneratedRegex(@"(?<indent>^[ \t]*)listen 80;", RegexOptions.Multiline)]
    private static partial Regex ListenLine();
}
