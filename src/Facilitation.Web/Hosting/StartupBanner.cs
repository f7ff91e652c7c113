using Facilitation.Actors.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;

namespace Facilitation.Web.Hosting;

/// <summary>Prints where the product answers once it listens, for whoever just typed dotnet run.</summary>
public static class StartupBanner
{
    public static void AnnounceAddresses(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                Console.WriteLine($"Facilitation is running at {address} (API: {address}/api/sites, OpenAPI: {address}/openapi/v1.json)");
            var storage = app.Services.GetRequiredService<StorageSettings>();
            Console.WriteLine(storage.IsSqlite
                ? $"Data: {new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource}"
                : $"Data: {storage.Provider}");
        });
}
