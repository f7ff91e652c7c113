using System.Net.Http.Json;
using Facilitation.Browser.Tests.Dashboard;
using Facilitation.Browser.Tests.Infrastructure;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>
/// Léa's two weeks as of Wednesday 2 December 2026, 10:00: on the front desk since 9:00, Samir
/// offering her his Thursday afternoon, open shifts this week and next (one too late in the
/// evening for her daily rest), and the front desk's requests waiting.
/// </summary>
public static class TabletScenario
{
    public static async Task LeasWeeks(FacilitationServer server)
    {
        using var aurelien = await server.SignedIn("aurelien");
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-02T09:00", "2026-12-02T13:00"), "lea");
        var thursday = await aurelien.Publish("community", "2026-12-03T14:00", "2026-12-03T18:00");
        await aurelien.Claim(thursday, "samir");
        await aurelien.Publish("cleaning", "2026-12-02T21:00", "2026-12-02T23:00");
        await aurelien.Publish("welcome", "2026-12-04T09:00", "2026-12-04T13:00");
        await aurelien.Publish("logistics", "2026-12-04T14:00", "2026-12-04T17:00");
        await aurelien.Publish("welcome", "2026-12-07T09:00", "2026-12-07T13:00");
        await aurelien.Publish("community", "2026-12-08T18:00", "2026-12-08T22:00");

        using var samir = await server.SignedIn("samir");
        var offer = await samir.PostAsJsonAsync($"api/sites/casaco/shifts/{thursday}/handover", new { commandId = Guid.NewGuid().ToString("N"), person = "lea" });
        Assert.True(offer.IsSuccessStatusCode, $"handover answered {(int)offer.StatusCode}: {await offer.Content.ReadAsStringAsync()}");

        await Scenario.WaitingTasks(server);
    }
}
