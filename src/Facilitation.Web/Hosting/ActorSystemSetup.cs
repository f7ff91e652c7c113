using Akka.Hosting;
using Facilitation.Actors.Hosting;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Shifts;
using Facilitation.Web.Sites;
using Microsoft.Data.Sqlite;

namespace Facilitation.Web.Hosting;

/// <summary>The actor system of this node: storage, cluster, and the entities it hosts.</summary>
public static class ActorSystemSetup
{
    public const string SystemName = "facilitation";

    public static IServiceCollection AddFacilitationActors(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection("Facilitation:Storage").Get<StorageSettings>() ?? new StorageSettings();
        storage = WithSqliteFolder(storage);
        var cluster = configuration.GetSection("Facilitation:Cluster").Get<ClusterSettings>() ?? new ClusterSettings();
        services.AddSingleton(storage);

        services.AddAkka(SystemName, (builder, provider) =>
        {
            var sites = provider.GetRequiredService<SiteCatalog>();
            var clock = provider.GetRequiredService<TimeProvider>();
            var shards = ClusterHosting.ShardOptionsFor(cluster);
            builder
                .AddFacilitationPersistence(storage)
                .AddFacilitationCluster(cluster)
                .AddWeekLedgers(sites.Find, shards)
                .AddShifts(sites.Find, clock, cluster.LedgerTimeout, shards);
        });
        return services;
    }

    /// <summary>A relative SQLite file is taken from the working folder, and its folder is created.</summary>
    private static StorageSettings WithSqliteFolder(StorageSettings storage)
    {
        if (!storage.IsSqlite) return storage;
        var connection = new SqliteConnectionStringBuilder(storage.ConnectionString);
        var path = Path.GetFullPath(connection.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connection.DataSource = path;
        return storage with { ConnectionString = connection.ToString() };
    }
}
