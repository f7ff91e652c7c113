using System.Net;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Facilitation.Web.Tests.Telemetry;

/// <summary>
/// The entities log through the host's logger factory (the one the JSON console formatter writes),
/// with named properties: a refusal carries its entity, rule and command id as fields of its own.
/// </summary>
public sealed class EntityLogTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly CapturedLogs _logs = new();
    private FacilitationApp _app = null!;

    public async Task InitializeAsync()
    {
        // Refusals are logged at Debug: an operator turns them on for the actors' categories.
        _app = new FacilitationApp(_database, settings: new Dictionary<string, string?> { ["Logging:LogLevel:Facilitation.Actors"] = "Debug" });
        await _app.SignedIn("aurelien");
        _app.Services.GetRequiredService<ILoggerFactory>().AddProvider(_logs);
    }

    [Fact]
    public async Task A_refused_command_is_logged_with_its_entity_rule_and_command_id_as_named_properties()
    {
        var manager = await _app.SignedIn("aurelien");
        var shift = await manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await _app.SignedIn("lea");
        Assert.Equal(HttpStatusCode.OK, (await lea.Act(shift, "claim", Calls.NewId())).StatusCode);
        var samir = await _app.SignedIn("samir");
        var commandId = Calls.NewId();

        Assert.Equal(HttpStatusCode.Conflict, (await samir.Act(shift, "claim", commandId)).StatusCode);

        var refused = Assert.Single(_logs.Entries, e => e.EventId.Id == 1001);
        Assert.Equal((LogLevel.Debug, "Facilitation.Actors.Shifts.ShiftActor"), (refused.Level, refused.Category));
        Assert.Equal("shift", refused.Properties["Entity"]);
        Assert.Equal("shift.held", refused.Properties["Rule"]);
        Assert.Equal(commandId, refused.Properties["CommandId"]);
        Assert.Contains(shift, refused.Properties["PersistenceId"]);
        Assert.Equal("{Entity} {PersistenceId} refused command {CommandId}: {Rule}", refused.Properties["{OriginalFormat}"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }
}
