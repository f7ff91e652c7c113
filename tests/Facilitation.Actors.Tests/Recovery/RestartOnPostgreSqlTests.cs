using Facilitation.Actors.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Recovery;

/// <summary>
/// The same restart against a real PostgreSQL 15 (production's storage). The journal tables live in the
/// default public schema (auto-initialisation creates tables, not schemas: STACK.md, trap 5); a random
/// site id per run keeps its persistence ids apart from every other run's.
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class RestartOnPostgreSqlTests
{
    [Fact]
    public async Task After_a_restart_on_postgresql_the_week_the_holders_and_the_command_ids_come_back()
    {
        var storage = PostgreSql.StorageOrFail();
        var site = Create($"pg-{Guid.NewGuid().ToString("N")[..8]}");
        var clock = new FakeTimeProvider(At(0, 7));
        string[] ids = [];
        try
        {
            var outcome = await RestartScenario.RunAsync(() => FacilitationNode.StartAsync(storage, site, clock), clock);
            ids = [Journal.WeekId(site.Id, Week), Journal.ShiftId(site.Id, outcome.Monday), Journal.ShiftId(site.Id, outcome.Tuesday)];

            // The rows are really in PostgreSQL, under the product's manifests.
            Assert.Equal(
                ["week.shift-published.v1", "week.shift-published.v1", "week.hours-reserved.v1", "week.hours-reserved.v1", "week.shift-reported.v1"],
                await PostgreSql.ManifestsAsync(storage, ids[0]));
            Assert.Equal(["shift.opened.v1", "shift.claimed.v1"], await PostgreSql.ManifestsAsync(storage, ids[1]));
        }
        finally
        {
            if (ids.Length > 0) await PostgreSql.DeleteAsync(storage, ids);
        }
    }
}
