using System.Net;

namespace Facilitation.Web.Tests.Faults;

/// <summary>
/// A tablet or a kiosk talking to a node process: its cookies (its session) stay when it is pointed
/// at another process on the same database, as a device reconnecting after a restart would.
/// </summary>
public sealed class Device : IDisposable
{
    private readonly CookieContainer _cookies = new();

    public Device(Uri address) => Client = Connect(address);

    public HttpClient Client { get; private set; }

    public void MoveTo(Uri address)
    {
        Client.Dispose();
        Client = Connect(address);
    }

    public void Dispose() => Client.Dispose();

    private HttpClient Connect(Uri address) =>
        new(new HttpClientHandler { CookieContainer = _cookies }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
}
