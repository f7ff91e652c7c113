using Facilitation.Actors.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Impl.AdoJobStore;
using Quartz.Impl.AdoJobStore.Common;

namespace Facilitation.Actors.Routines;

/// <summary>Quartz with its persistent job store in the product's own database, and the routines it fires.</summary>
public static class RoutineHosting
{
    public const string SchedulerName = "facilitation-routines";

    /// <summary>
    /// Registers the scheduler (ADO.NET job store in the storage's database: SQLite by default,
    /// PostgreSQL when storage is PostgreSQL; Quartz creates its own tables on first start) and the
    /// routine services. Registered after the actor system, so that the actors are up before a job fires.
    /// </summary>
    /// <remarks>
    /// On PostgreSQL the job store is clustered: every node has the same scheduler name and an instance
    /// id of its own (generated at start: host name and time), checks in every few seconds, claims a
    /// trigger in the database before firing it (the row lock in <c>qrtz_locks</c>, or a compare-and-swap
    /// on the trigger's row), so that each trigger fires on one node of the whole cluster, and recovers
    /// the triggers and interrupted rounds of a node that stopped checking in. The database locks also
    /// make nodes that start at once safe: their start-up upserts of the same jobs and triggers queue. On SQLite (one node by design: a file) it is not clustered.
    /// Quartz runs on the host's <see cref="TimeProvider"/>: a test host that starts a clustered
    /// scheduler needs a clock that moves (its check-ins and lock retries wait on it; on a
    /// FakeTimeProvider nobody advances, nodes were seen to hang inside a lock transaction).
    /// </remarks>
    public static IServiceCollection AddFacilitationRoutines(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
            provider.GetRequiredService<IConfiguration>().GetSection(RoutineSettings.SectionName).Get<RoutineSettings>() ?? new RoutineSettings());
        services.AddSingleton<RoutineStore>();
        services.AddSingleton<RoutineScheduler>();
        services.AddSingleton<RoutineRunner>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            quartz.UsePersistentStore(store =>
            {
                // Job data as strings only: no .NET type names in the tables.
                store.ConfigureStore(options => options.StoreJobDataAsStrings = true);
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                // The storage settings are only known when the host is built (tests add their own configuration).
                store.UseConnectionProvider(provider => Connections(provider.GetRequiredService<StorageSettings>()));
                store.UseDriverDelegate(provider => provider.GetRequiredService<StorageSettings>().IsPostgreSql
                    ? new PostgreSQLDelegate()
                    : new SQLiteDelegate());
            });
        });
        Cluster(services);
        services.AddHostedService<RoutineStartup>();
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddOptions<QuartzHostedServiceOptions>().Configure<RoutineSettings>((options, settings) => options.AutoStart = settings.Enabled);
        return services;
    }

    /// <summary>
    /// Clustering when storage is PostgreSQL. The provider is only known once the host is built, and
    /// <c>UseClustering()</c> is a registration-time call, so this sets the three options it sets
    /// (clustering on, database locks on, a generated instance id), from the storage settings.
    /// </summary>
    private static void Cluster(IServiceCollection services)
    {
        services.AddOptions<QuartzSchedulerOptions>().Configure<RoutineSettings, StorageSettings>((scheduler, settings, storage) =>
        {
            scheduler.InstanceName = settings.SchedulerName;
            if (storage.IsPostgreSql) scheduler.GenerateInstanceId = true;
        });
        services.AddOptions<AdoJobStoreOptions>().Configure<StorageSettings>((store, storage) =>
        {
            if (storage.IsPostgreSql) store.UseDbLocks = true;
        });
        services.AddOptions<ClusteringOptions>().Configure<RoutineSettings, StorageSettings>((clustering, settings, storage) =>
        {
            if (!storage.IsPostgreSql) return;
            clustering.Enabled = true;
            clustering.CheckinInterval = settings.CheckInInterval;
            clustering.CheckinMisfireThreshold = settings.CheckInMisfireThreshold;
        });
    }

    /// <summary>
    /// Quartz's connections. On SQLite they wait up to 10 s for the write lock, not the journal's
    /// 2 s (StorageFaultSettings): the journal now writes its events in groups of up to a thousand,
    /// and a co-manager's edit of the routines, or a round, must not fail for having arrived during
    /// one; Quartz is not on a command's path, where failing fast matters.
    /// </summary>
    private static DbProvider Connections(StorageSettings storage)
    {
        if (storage.IsPostgreSql) return new DbProvider(DataSourceOptions.Providers.Npgsql, storage.ConnectionString);
        var connection = new SqliteConnectionStringBuilder(storage.ConnectionString);
        connection.DefaultTimeout = Math.Max(connection.DefaultTimeout, QuartzSqliteBusyTimeoutSeconds);
        return new DbProvider(DataSourceOptions.Providers.Sqlite, connection.ToString());
    }

    private const int QuartzSqliteBusyTimeoutSeconds = 10;
}
