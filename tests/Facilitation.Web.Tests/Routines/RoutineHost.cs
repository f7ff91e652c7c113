using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Facilitation.Web.Tests.Infrastructure;

namespace Facilitation.Web.Tests.Routines;

/// <summary>A host whose routines fire (they are off in the other tests), and the calls about routines.</summary>
public static class RoutineHost
{
    public static readonly IReadOnlyDictionary<string, string?> Firing = new Dictionary<string, string?>
    {
        ["Facilitation:Routines:Enabled"] = "true",
    };

    public static FacilitationApp Start(TestDatabase database, TimeProvider clock) => new(database, clock, settings: Firing);

    public static async Task<JsonObject> Routine(this HttpClient device, string id) =>
        await (await device.GetAsync($"/api/sites/casaco/routines/{id}")).Json();

    public static async Task<DateTimeOffset?> NextFire(this HttpClient device, string id) =>
        (await device.Routine(id))["nextFire"] is JsonValue fire ? DateTimeOffset.Parse(fire.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Keeps only the members' day (as the site file has it), so that the other routines add nothing to what a test counts.</summary>
    public static async Task KeepOnlyTheMembersDay(this HttpClient manager)
    {
        var members = await manager.Routine("journee-des-membres");
        var input = members.DeepClone().AsObject();
        input["id"] = "journee-des-membres";
        foreach (var computed in new[] { "whenMissed", "next", "nextFire" }) input.Remove(computed);
        var response = await manager.PutAsJsonAsync("/api/sites/casaco/routines", new { routines = new[] { input } });
        response.EnsureSuccessStatusCode();
    }
}
