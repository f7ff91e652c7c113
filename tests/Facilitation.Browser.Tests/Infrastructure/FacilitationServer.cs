using Facilitation.Web.Tests.Infrastructure;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>
/// The real product on a real port (Kestrel on 127.0.0.1, a port chosen by the system): real
/// actors, a real journal on a SQLite file of its own, the demo staff, the pages from wwwroot.
/// </summary>
public sealed class FacilitationServer : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly TimeProvider? _clock;

    public FacilitationServer(TestDatabase database, TimeProvider? clock = null)
    {
        _database = database;
        _clock = clock;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Facilitation:Storage:Provider"] = "sqlite",
            ["Facilitation:Storage:ConnectionString"] = $"Data Source={_database.File}",
            ["Facilitation:Cluster:Port"] = "0",
            ["Facilitation:Sites:StaffFolder"] = "sites/demo",
            ["Logging:LogLevel:Default"] = "Warning",
            // The routines' store and API work; their triggers do not fire during a page test.
            ["Facilitation:Routines:Enabled"] = "false",
        }));
        builder.ConfigureTestServices(services =>
        {
            if (_clock is not null) services.AddSingleton(_clock);
        });
    }

    /// <summary>Starts the server (once) and gives its address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reports no address.");
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    /// <summary>
    /// An HttpClient over the network to the same server, keeping its own cookies: another device.
    /// </summary>
    public HttpClient Device()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        return new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A device on which a demo person signed in.</summary>
    public async Task<HttpClient> SignedIn(string person, string site = "casaco")
    {
        var device = Device();
        var response = await device.PostAsJsonAsync("api/session", new { site, person, pin = DemoStaff.Pins[person] });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return device;
    }
}
