using Akka.Hosting;
using Facilitation.Actors.Clustering;
using Facilitation.Actors.Desks;
using Facilitation.Actors.Health;
using Facilitation.Actors.Hosting;
using Facilitation.Actors.Members;
using Facilitation.Actors.Presence;
using Facilitation.Actors.Ledger;
using Facilitation.Actors.Rooms;
using Facilitation.Actors.Routines;
using Facilitation.Actors.Shifts;
using Facilitation.Actors.Tasks;
using Facilitation.Web.Hubs;
using Facilitation.Web.Members;
using Facilitation.Web.Sites;
using Microsoft.Data.Sqlite;

namespace Facilitation.Web.Hosting;

/// <summary>The actor system of this node: storage, cluster, and the entities it hosts.</summary>
public static class ActorSystemSetup
{
    public const string SystemName = "facilitation";

    public static IServiceCollection AddFacilitationActors(this IServiceCollection services)
    {
        // Read when the host is built, so that every configuration source (tests included) counts.
        services.AddSingleton(provider => StorageFrom(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider =>
            provider.GetRequiredService<IConfiguration>().GetSection("Facilitation:Cluster").Get<ClusterSettings>() ?? new ClusterSettings());

        services.AddAkka(SystemName, (builder, provider) =>
        {
            var sites = provider.GetRequiredService<SiteCatalog>();
            var clock = provider.GetRequiredService<TimeProvider>();
            var storage = provider.GetRequiredService<StorageSettings>();
            var cluster = provider.GetRequiredService<ClusterSettings>();
            var shards = ClusterHosting.ShardOptionsFor(cluster);
            // Several nodes share a PostgreSQL database: it says which cluster is alive.
            var lease = storage.IsPostgreSql
                ? new ClusterLeaseStore(storage, provider.GetRequiredService<IConfiguration>().GetSection("Facilitation:Cluster:Lease").Get<ClusterLeaseSettings>() ?? new ClusterLeaseSettings())
                : null;
            builder
                .ConfigureLoggers(loggers =>
                {
                    loggers.LogLevel = Akka.Event.LogLevel.InfoLevel;
                    loggers.ClearLoggers();
                    loggers.AddLoggerFactory(); // through ASP.NET Core's logging and its levels
                })
                .AddFacilitationPersistence(storage)
                .AddFacilitationCluster(cluster, lease)
                .AddWeekLedgers(sites.Find, shards)
                .AddShifts(sites.Find, clock, cluster.LedgerTimeout, shards)
                .AddTaskBoards(sites.Find, sites.All.Select(s => s.Id).ToList(), clock, cluster.LedgerTimeout, cluster.DeadlineCheckEvery, shards)
                .AddRooms(sites.Find, clock, shards)
                .AddMemberships(sites.Find, cluster.LedgerTimeout, shards)
                .AddDesks(sites.Find, clock, shards)
                .AddPresence(sites.Find, clock, cluster.LedgerTimeout, shards)
                .AddStaffHubBridge()
                .AddReadinessProbe($"{Environment.MachineName}-{cluster.Port}", clock);
        });
        // After the actor system, so that the actors are up before a routine fires.
        services.AddSingleton(provider => new RoutineSites(provider.GetRequiredService<SiteCatalog>().All));
        services.AddFacilitationRoutines();
        // After the actor system (its hosted service is added above): the demo members, if configured.
        services.AddOptions<DemoMembersOptions>().BindConfiguration(DemoMembersOptions.SectionName);
        services.AddHostedService<DemoMemberSeeder>();
        return services;
    }

    private static StorageSettings StorageFrom(IConfiguration configuration)
    {
        var storage = StorageFaultSettings.FailFast(configuration.GetSection("Facilitation:Storage").Get<StorageSettings>() ?? new StorageSettings());
        if (!storage.IsSqlite) return storage;

        // A relative SQLite file is taken from the working folder, and its folder is created.
        var connection = new SqliteConnectionStringBuilder(storage.ConnectionString);
        var path = Path.GetFullPath(connection.DataSource);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnusableException(StorageUnusableException.ConnectionStringSetting, $"the folder of the SQLite file {path} cannot be created", e);
        }
        connection.DataSource = path;
        return storage with { ConnectionString = connection.ToString() };
    }
}
