using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Facilitation.Web.Health;

namespace Facilitation.Web.Tests.Health;

/// <summary>
/// <c>dotnet Facilitation.Web.dll probe [url]</c>, the container's HEALTHCHECK: exit 0 on a 2xx
/// answer, 1 on any other answer, on silence and on nothing listening — against a real socket.
/// </summary>
public sealed class ContainerProbeTests
{
    private static async Task<(int Code, string Output)> Probe(string url, TimeSpan? timeout = null)
    {
        var output = new StringWriter();
        var code = await ContainerProbe.RunAsync([ContainerProbe.Command, url], output, timeout);
        return (code, output.ToString().Trim());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    public async Task A_node_answering_2xx_is_healthy(int status)
    {
        await using var server = new OneAnswerServer(status);

        var (code, output) = await Probe(server.Url);

        Assert.Equal(0, code);
        Assert.Equal($"healthy: {server.Url} answered {status}", output);
        Assert.Equal(1, server.Requests);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(404)]
    public async Task A_node_answering_anything_else_is_unhealthy(int status)
    {
        await using var server = new OneAnswerServer(status);

        var (code, output) = await Probe(server.Url);

        Assert.Equal(1, code);
        Assert.Equal($"unhealthy: {server.Url} answered {status}", output);
    }

    [Fact]
    public async Task A_node_that_never_answers_is_unhealthy_once_the_time_is_up()
    {
        await using var server = new OneAnswerServer(status: null);
        var clock = Stopwatch.StartNew();

        var (code, output) = await Probe(server.Url, TimeSpan.FromMilliseconds(500));

        Assert.Equal(1, code);
        Assert.Equal($"unhealthy: {server.Url} did not answer within 0.5 s", output);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Nothing_listening_is_unhealthy()
    {
        var (code, output) = await Probe($"http://127.0.0.1:{DeadPort()}/healthz");

        Assert.Equal(1, code);
        Assert.StartsWith("unhealthy: ", output);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("ftp://127.0.0.1/healthz")]
    public async Task An_address_that_is_not_http_is_unhealthy_and_said_so(string url)
    {
        var (code, output) = await Probe(url);

        Assert.Equal(1, code);
        Assert.Equal($"unhealthy: '{url}' is not an http(s) address", output);
    }

    [Fact]
    public void The_default_is_the_container_port_on_loopback_within_a_few_seconds()
    {
        Assert.Equal(new Uri("http://127.0.0.1:8080/healthz"), ContainerProbe.DefaultUrl);
        Assert.InRange(ContainerProbe.DefaultTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.True(ContainerProbe.IsRequested(["probe"]));
        Assert.False(ContainerProbe.IsRequested([]));
        Assert.False(ContainerProbe.IsRequested(["--urls", "http://+:8080"]));
    }

    [Fact]
    public async Task The_product_entry_point_probes_and_returns_without_starting_the_host()
    {
        await using var healthy = new OneAnswerServer(200);
        var main = typeof(Program).Assembly.EntryPoint!;

        // Were the host started instead, Main would not return until it is stopped.
        var up = await Task.Run(() => main.Invoke(null, [new[] { "probe", healthy.Url }]))
            .WaitAsync(TimeSpan.FromSeconds(30));
        var down = await Task.Run(() => main.Invoke(null, [new[] { "probe", $"http://127.0.0.1:{DeadPort()}/healthz" }]))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, up);
        Assert.Equal(1, down);
        Assert.Equal(1, healthy.Requests);
    }

    private static int DeadPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
