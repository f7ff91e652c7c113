using Facilitation.Actors.Routines;
using Facilitation.Actors.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>On SQLite (a file: one node by design) the routines' job store is not clustered.</summary>
public sealed class RoutineSchedulerOnSqliteTests
{
    [Fact]
    public async Task The_job_store_on_a_sqlite_file_is_not_clustered()
    {
        using var file = new SqliteFile();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [RoutineSettings.SectionName + ":Enabled"] = "true" });
        builder.Services.AddSingleton(file.Storage);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new RoutineSites([TestSite.Create()]));
        builder.Services.AddFacilitationRoutines();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var metadata = await scheduler.GetMetadata();
            Assert.True(metadata.JobStorePersistent);
            Assert.False(metadata.JobStoreClustered);
            Assert.Equal(RoutineHosting.SchedulerName, metadata.SchedulerName);
            Assert.Equal(QuartzSchedulerOptions.DefaultInstanceId, metadata.SchedulerInstanceId);
        }
        finally
        {
            await host.StopAsync();
            SqliteConnection.ClearAllPools();
        }
    }
}
