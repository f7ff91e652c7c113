using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>
/// The real host — real actors, real journal on a SQLite file or PostgreSQL, demo staff — in memory. Two apps
/// made one after the other on the same database are a stop and a restart. The demo members are
/// enrolled only for the tests that ask for them (<paramref name="demoMembers"/>): enrolling them
/// takes a few dozen journal writes at every start.
/// </summary>
public sealed class FacilitationApp(
    TestDatabase database, TimeProvider? clock = null, string? staffFolder = null, IReadOnlyDictionary<string, string?>? settings = null,
    bool demoMembers = false)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Facilitation:Storage:Provider"] = database.Provider,
            ["Facilitation:Storage:ConnectionString"] = database.ConnectionString,
            ["Facilitation:Cluster:Port"] = "0",
            ["Facilitation:Sites:StaffFolder"] = staffFolder ?? "sites/demo",
            ["Logging:LogLevel:Default"] = "Warning",
            // The site's routines would put tasks and shifts on the board at their times: off unless a test is about them.
            ["Facilitation:Routines:Enabled"] = "false",
        }));
        if (!demoMembers)
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Facilitation:DemoMembers:Folder"] = "" }));
        if (settings is not null) builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            if (clock is not null) services.AddSingleton(clock);
        });
    }

    /// <summary>A client that keeps its own cookies: one device.</summary>
    public HttpClient Device() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
}
