using System.Globalization;

namespace Facilitation.Bench;

/// <summary>
/// The product under test started as its own process: the built Facilitation.Web.dll in Production,
/// on a fresh SQLite file (or a fresh schema of the PostgreSQL database given), with the generated
/// sites and staff folders.
/// </summary>
public static class HostUnderTest
{
    public static Dictionary<string, string> Settings(BenchOptions options, string folder)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Facilitation__Sites__Folder"] = Path.Combine(folder, "sites"),
            ["Facilitation__Sites__StaffFolder"] = Path.Combine(folder, "staff"),
            ["Facilitation__Cluster__Hostname"] = "127.0.0.1",
            ["Facilitation__Cluster__Port"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (options.Postgres is null)
        {
            settings["Facilitation__Storage__Provider"] = "sqlite";
            settings["Facilitation__Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "facilitation.db")}";
        }
        else
        {
            settings["Facilitation__Storage__Provider"] = "postgresql";
            settings["Facilitation__Storage__ConnectionString"] = options.Postgres;
            settings["Facilitation__Storage__Schema"] = "bench_" + Guid.NewGuid().ToString("N")[..10];
        }
        if (options.PassivateIdleAfter is not null) settings["Facilitation__Cluster__PassivateIdleAfter"] = options.PassivateIdleAfter;
        return settings;
    }

    public static async Task<(ChildProcess Host, TimeSpan Started)> Start(BenchOptions options, string folder, Dictionary<string, string> settings)
    {
        var host = ChildProcess.Start("host under test", RepoPaths.WebDll(options.WebDll), [], settings, Path.Combine(folder, "host"));
        var started = await host.Ready("/readyz", TimeSpan.FromMinutes(5));
        return (host, started);
    }
}
