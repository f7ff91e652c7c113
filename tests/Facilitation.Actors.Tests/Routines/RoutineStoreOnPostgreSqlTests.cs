using Facilitation.Actors.Hosting;
using Facilitation.Actors.Routines;
using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Routines;
using Facilitation.Domain.Shifts;
using Facilitation.Domain.Sites;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Quartz;

namespace Facilitation.Actors.Tests.Routines;

/// <summary>
/// Quartz's job store on a real PostgreSQL 15: the tables are created by the product on first start,
/// and a site's routines, an edit and the next trigger are found again by a second host. A random
/// site id per run keeps its Quartz groups apart from every other run's.
/// </summary>
public sealed class RoutineStoreOnPostgreSqlTests
{
    private static readonly RoutineDefinition MembersDay = new(
        "journee-des-membres", RoutineKind.MembersDay, "Journée des membres", RoutineRule.MonthlyNth(1, DayOfWeek.Thursday, new TimeOnly(10, 0)),
        TimeSpan.FromHours(8), TimeSpan.FromDays(7), null, [new RoutineShift(ShiftRole.Welcome, TimeSpan.Zero, TimeSpan.FromHours(4))], []);

    [Fact]
    public async Task Routines_an_edit_and_their_trigger_are_kept_in_postgresql_across_a_restart()
    {
        var storage = PostgreSql.StorageOrFail();
        var site = TestSite.Create($"pg-{Guid.NewGuid().ToString("N")[..8]}") with { Routines = new SiteRoutines([MembersDay], []) };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 23, 6, 0, 0, TimeSpan.Zero));
        try
        {
            using (var first = await StartAsync(storage, site, clock))
            {
                var scheduler = first.Services.GetRequiredService<RoutineScheduler>();
                Assert.Equal(new DateTimeOffset(2026, 2, 26, 9, 0, 0, TimeSpan.Zero), await scheduler.NextFire(site.Id, MembersDay.Id));
                await first.Services.GetRequiredService<RoutineStore>().Change(site.Id, r => r with { Closures = [new DateOnly(2026, 3, 5)] });
                await scheduler.Reschedule(site.Id);
                await first.StopAsync();
            }

            using var second = await StartAsync(storage, site, clock);
            var stored = await second.Services.GetRequiredService<RoutineStore>().Load(site.Id);
            Assert.Equal([new DateOnly(2026, 3, 5)], stored.Closures);
            Assert.Equal("monthly 1 thu 10:00", Assert.Single(stored.Routines).Rule.ToString());
            Assert.Equal(new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero), await second.Services.GetRequiredService<RoutineScheduler>().NextFire(site.Id, MembersDay.Id));
            Assert.True(await CountAsync(storage, site) >= 2, "the job and its record are rows of qrtz_job_details");
            await second.StopAsync();
        }
        finally
        {
            await DeleteAsync(storage, site);
        }
    }

    private static async Task<IHost> StartAsync(StorageSettings storage, Site site, TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [RoutineSettings.SectionName + ":Enabled"] = "false" });
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(new RoutineSites([site]));
        builder.Services.AddFacilitationRoutines();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<long> CountAsync(StorageSettings storage, Site site)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM qrtz_job_details WHERE job_group = @group", connection);
        command.Parameters.AddWithValue("group", RoutineKeys.Group(site.Id));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task DeleteAsync(StorageSettings storage, Site site)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in new[] { "qrtz_simple_triggers", "qrtz_triggers", "qrtz_job_details" })
        {
            await using var command = new NpgsqlCommand($"DELETE FROM {table} WHERE trigger_group = @group", connection);
            if (table == "qrtz_job_details") command.CommandText = $"DELETE FROM {table} WHERE job_group = @group";
            command.Parameters.AddWithValue("group", RoutineKeys.Group(site.Id));
            await command.ExecuteNonQueryAsync();
        }
    }
}
