using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Facilitation.Web.Tests.Health;

/// <summary>
/// A bare TCP listener on a free loopback port that answers every HTTP request with one status,
/// or, with no status, reads the request and never answers (a hung node).
/// </summary>
public sealed class OneAnswerServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private int _requests;

    public OneAnswerServer(int? status)
    {
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/healthz";
        _serving = ServeAsync(status);
    }

    public string Url { get; }

    /// <summary>How many requests reached the server (read in full).</summary>
    public int Requests => Volatile.Read(ref _requests);

    private async Task ServeAsync(int? status)
    {
        var open = new List<TcpClient>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                open.Add(client);
                var stream = client.GetStream();
                await ReadHeadersAsync(stream, _stop.Token);
                Interlocked.Increment(ref _requests);
                if (status is null) continue;
                var answer = $"HTTP/1.1 {status} Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), _stop.Token);
                client.Dispose();
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            foreach (var client in open) client.Dispose();
        }
    }

    private static async Task ReadHeadersAsync(NetworkStream stream, CancellationToken token)
    {
        var seen = new StringBuilder();
        var buffer = new byte[1024];
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, token);
            if (read == 0) return;
            seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
    }
}
