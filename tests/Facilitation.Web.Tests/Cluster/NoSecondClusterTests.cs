using System.Net;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;
using Npgsql;

namespace Facilitation.Web.Tests.Cluster;

/// <summary>
/// A node never forms a second cluster over a database on which a cluster is alive: it waits to
/// join the members the database lists, and is not ready meanwhile. Here the live cluster is a row
/// written by the test (a member that will never answer), kept fresh for a while, then left to go
/// stale: only then does the node form a cluster of its own.
/// </summary>
public sealed class NoSecondClusterTests : IDisposable
{
    private const string Stranger = "akka.tcp://facilitation@127.0.0.1:9#42";
    private readonly TestDatabase _database = new("postgresql");

    [Fact]
    public async Task A_node_does_not_form_a_cluster_while_the_database_says_one_is_alive_and_forms_one_once_it_went_stale()
    {
        await Sql("""
            CREATE TABLE facilitation_cluster_leases (name text PRIMARY KEY, owner text NOT NULL, members text NOT NULL DEFAULT '', expires_at timestamptz NOT NULL, version bigint NOT NULL);
            INSERT INTO facilitation_cluster_leases VALUES ('cluster', @stranger, @stranger, clock_timestamp() + interval '1 hour', 1);
            """);
        await using var app = new FacilitationApp(_database);
        var client = app.CreateClient();

        // Several beats of the node's keeper go by: it never forms a cluster of its own.
        var notReady = 0;
        await Eventually.True(async () =>
        {
            var response = await client.GetAsync("/readyz");
            var checks = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotEqual("up", checks["cluster"]!.GetValue<string>());
            Assert.Equal("not a member", checks["database-cluster"]!.GetValue<string>());
            return ++notReady >= 40; // 40 answers, 50 ms apart: 2 s, four beats of the keeper
        }, "a node waiting to join the cluster the database lists");
        Assert.Equal(Stranger, await Owner());

        // The cluster the row spoke of is gone: its row goes stale, and the node forms its own.
        await Sql("UPDATE facilitation_cluster_leases SET expires_at = clock_timestamp() - interval '1 second' WHERE name = 'cluster'");
        await Eventually.True(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "the node ready in a cluster of its own", TimeSpan.FromSeconds(30));
        Assert.StartsWith("akka.tcp://facilitation@", await Owner());
        Assert.NotEqual(Stranger, await Owner());
    }

    public void Dispose() => _database.Dispose();

    private async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("stranger", Stranger);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> Owner()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT owner FROM facilitation_cluster_leases WHERE name = 'cluster'", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
