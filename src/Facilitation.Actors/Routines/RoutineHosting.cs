using Facilitation.Actors.Hosting;
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
        services.AddHostedService<RoutineStartup>();
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddOptions<QuartzHostedServiceOptions>().Configure<RoutineSettings>((options, settings) => options.AutoStart = settings.Enabled);
        return services;
    }

    private static DbProvider Connections(StorageSettings storage) =>
        new(storage.IsPostgreSql ? DataSourceOptions.Providers.Npgsql : DataSourceOptions.Providers.Sqlite, storage.ConnectionString);
}
