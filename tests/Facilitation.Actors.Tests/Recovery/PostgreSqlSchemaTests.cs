using Facilitation.Actors.Tests.Infrastructure;
using Facilitation.Domain.Time;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using static Facilitation.Actors.Tests.Infrastructure.TestSite;

namespace Facilitation.Actors.Tests.Recovery;

/// <summary>
/// A schema named by Storage:Schema that does not exist yet is made at start, and the journal's
/// tables are made in it: without that, the journal's auto-initialisation fails and every
/// persistent actor hangs (STACK.md, trap 5).
/// </summary>
[Collection(ActorSystems.Name)]
public sealed class PostgreSqlSchemaTests
{
    [Fact]
    public async Task A_missing_schema_is_made_at_start_and_the_journal_writes_into_it()
    {
        var schema = $"facilitation_schema_{Guid.NewGuid():N}";
        var storage = PostgreSql.StorageOrFail() with { Schema = schema };
        try
        {
            await using (var node = await FacilitationNode.StartAsync(storage, Create("schema-test"), new FakeTimeProvider(At(0, 7))))
                await node.PublishAsync(new TimeRange(At(0, 9), At(0, 13)));

            await using var connection = new NpgsqlConnection(storage.ConnectionString);
            await connection.OpenAsync();
            await using var rows = new NpgsqlCommand($"SELECT count(*) FROM \"{schema}\".journal", connection);
            Assert.True((long)(await rows.ExecuteScalarAsync())! > 0);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(storage.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
