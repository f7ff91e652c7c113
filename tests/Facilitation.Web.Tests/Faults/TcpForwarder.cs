using System.Net;
using System.Net.Sockets;

namespace Facilitation.Web.Tests.Faults;

/// <summary>
/// A loopback port of the test's own that forwards every connection to another address (the
/// PostgreSQL server), so that the test can make the database disappear for the node in front of
/// it: <see cref="Cut"/> resets every forwarded connection and stops listening (new connections are
/// refused), <see cref="Restore"/> listens again on the same port.
/// </summary>
public sealed class TcpForwarder : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<Socket> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _running = new();

    public TcpForwarder(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort);
        Port = Cluster.NodeProcess.FreePort();
        Restore();
    }

    public int Port { get; }

    /// <summary>How many connections were forwarded so far.</summary>
    public int Forwarded { get; private set; }

    /// <summary>The database is gone: every connection through here is reset, and new ones are refused.</summary>
    public void Cut()
    {
        _running.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var socket in _open)
            {
                try
                {
                    socket.LingerState = new LingerOption(true, 0); // RST, as a dead server's host would
                    socket.Close();
                }
                catch (ObjectDisposedException)
                {
                }
            }
            _open.Clear();
        }
    }

    /// <summary>The database is back: connections are accepted and forwarded again.</summary>
    public void Restore()
    {
        _running = new CancellationTokenSource();
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = Accept(listener, _running.Token);
    }

    public void Dispose() => Cut();

    private async Task Accept(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await server.ConnectAsync(_target, stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Close();
                server.Close();
                continue;
            }
            lock (_open)
            {
                _open.Add(client);
                _open.Add(server);
            }
            Forwarded++;
            _ = Pump(client, server);
            _ = Pump(server, client);
        }
    }

    private static async Task Pump(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0) break;
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // One side was reset or closed (a cut): close the other.
            try
            {
                to.Close();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
