using System.Net;
using System.Text.Json;
using Facilitation.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Tests.Telemetry;

/// <summary>
/// The entities log through the host's logger factory (the one the JSON console formatter writes),
/// with named properties: a refusal carries its entity, rule and command id as fields of its own;
/// in production (appsettings.json) the console writes it as one JSON line with a UTC timestamp.
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
        var commandId = await RefusedClaim();

        var refused = Assert.Single(_logs.Entries, e => e.EventId.Id == 1001);
        Assert.Equal((LogLevel.Debug, "Facilitation.Actors.Shifts.ShiftActor"), (refused.Level, refused.Category));
        Assert.Equal("shift", refused.Properties["Entity"]);
        Assert.Equal("shift.held", refused.Properties["Rule"]);
        Assert.Equal(commandId, refused.Properties["CommandId"]);
        Assert.StartsWith("shift-casaco-", refused.Properties["PersistenceId"]);
        Assert.Equal("{Entity} {PersistenceId} refused command {CommandId}: {Rule}", refused.Properties["{OriginalFormat}"]);
    }

    [Fact]
    public async Task In_production_a_refusal_is_one_json_line_with_a_utc_timestamp_its_scopes_and_its_named_properties()
    {
        var commandId = await RefusedClaim();
        var refused = Assert.Single(_logs.Entries, e => e.EventId.Id == 1001);
        var (name, formatter) = ConsoleFormatterOf("appsettings.json");
        Assert.Equal("json", name);
        var scopes = new LoggerExternalScopeProvider();
        var output = new StringWriter();

        using (scopes.Push(new Dictionary<string, object?> { ["RequestId"] = "r-42" }))
            formatter.Write(new LogEntry<object>(refused.Level, refused.Category, refused.EventId, refused.State, null, (_, _) => refused.Message), scopes, output);

        var line = output.ToString().TrimEnd('\n', '\r');
        Assert.DoesNotContain('\n', line);
        var json = JsonDocument.Parse(line).RootElement;
        var timestamp = json.GetProperty("Timestamp").GetString()!;
        Assert.EndsWith("Z", timestamp);
        Assert.True(DateTimeOffset.UtcNow - DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture) < TimeSpan.FromMinutes(5), timestamp);
        Assert.Equal("Debug", json.GetProperty("LogLevel").GetString());
        Assert.Equal("Facilitation.Actors.Shifts.ShiftActor", json.GetProperty("Category").GetString());
        var state = json.GetProperty("State");
        Assert.Equal(("shift", "shift.held", commandId), (state.GetProperty("Entity").GetString(), state.GetProperty("Rule").GetString(), state.GetProperty("CommandId").GetString()));
        Assert.Contains(json.GetProperty("Scopes").EnumerateArray(), scope => scope.TryGetProperty("RequestId", out var id) && id.GetString() == "r-42");
    }

    [Fact]
    public void In_development_the_console_keeps_the_human_format()
    {
        var (name, _) = ConsoleFormatterOf("appsettings.json", "appsettings.Development.json");

        Assert.Equal("simple", name);
    }

    /// <summary>Léa holds the shift; Samir's claim of it is refused (shift.held). Returns the refused command's id.</summary>
    private async Task<string> RefusedClaim()
    {
        var manager = await _app.SignedIn("aurelien");
        var shift = await manager.Published("2027-03-09T09:00", "2027-03-09T13:00");
        var lea = await _app.SignedIn("lea");
        Assert.Equal(HttpStatusCode.OK, (await lea.Act(shift, "claim", Calls.NewId())).StatusCode);
        var samir = await _app.SignedIn("samir");
        var commandId = Calls.NewId();
        Assert.Equal(HttpStatusCode.Conflict, (await samir.Act(shift, "claim", commandId)).StatusCode);
        return commandId;
    }

    /// <summary>The console formatter the web app's own settings files choose, configured by them.</summary>
    private static (string Name, ConsoleFormatter Formatter) ConsoleFormatterOf(params string[] files)
    {
        var configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory);
        foreach (var file in files) configuration.AddJsonFile(file, optional: false);
        var settings = configuration.Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(settings.GetSection("Logging")).AddConsole())
            .BuildServiceProvider();
        var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName!;
        return (name, services.GetServices<ConsoleFormatter>().Single(f => f.Name == name));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }
}
