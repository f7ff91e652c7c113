using System.Net;
using System.Net.Http.Json;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Faults;

/// <summary>The devices of a test against node processes, signed in through the API and moved together to a new process.</summary>
public sealed class Session(Uri address) : IDisposable
{
    private readonly List<Device> _devices = [];
    private Uri _address = address;

    public async Task<Device> SignedIn(string person, string site = "casaco")
    {
        var device = new Device(_address);
        _devices.Add(device);
        var response = await device.Client.PostAsJsonAsync("/api/session", new { site, person, pin = DemoStaff.Pins[person] });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return device;
    }

    /// <summary>A co-manager's device turned into the site's kiosk.</summary>
    public async Task<Device> Kiosk(string coManager = "sybille")
    {
        var device = await SignedIn(coManager);
        Assert.Equal(HttpStatusCode.OK, (await device.Client.PostAsync("/api/session/kiosk", null)).StatusCode);
        return device;
    }

    public void MoveTo(Uri address)
    {
        _address = address;
        foreach (var device in _devices) device.MoveTo(address);
    }

    public void Dispose()
    {
        foreach (var device in _devices) device.Dispose();
    }
}
