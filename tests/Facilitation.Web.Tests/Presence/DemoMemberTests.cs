using System.Net;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Facilitation.Web.Tests.Presence;

/// <summary>The demo members of ops/sites/demo/casaco.members.json, enrolled at start under fixed command ids.</summary>
public sealed class DemoMemberTests : IDisposable
{
    private readonly TestDatabase _database = new("sqlite"); // reads the SQLite file

    public void Dispose() => _database.Dispose();

    private long MembershipRows()
    {
        using var connection = new SqliteConnection($"Data Source={_database.File};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM journal WHERE persistence_id IN ('members-casaco', 'desk-casaco-poste-17')";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task The_demo_members_are_there_with_their_desks_and_passes_and_a_restart_adds_nothing()
    {
        await using (var app = new FacilitationApp(_database, demoMembers: true))
        {
            var manager = await app.SignedIn("aurelien");
            var members = await (await manager.GetAsync("/api/sites/casaco/members")).Json<System.Text.Json.Nodes.JsonArray>();
            Assert.Equal(8, members.Count);
            var helene = members.Select(m => m!).Single(m => m.Text("id") == "helene-roux");
            Assert.Equal(("pass", 2), (helene.Text("plan"), (int)helene.Number("passUnits")));
            var desks = await (await manager.GetAsync("/api/sites/casaco/desks")).Json();
            Assert.Equal("jeanne-martin", desks["desks"]!.AsArray().Single(d => d!.Text("id") == "poste-17")!.Text("assignee"));
        }
        var rows = MembershipRows();

        await using (var app = new FacilitationApp(_database, demoMembers: true))
        {
            var manager = await app.SignedIn("aurelien");
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/sites/casaco/members")).StatusCode);
        }

        Assert.Equal(rows, MembershipRows());
    }
}
