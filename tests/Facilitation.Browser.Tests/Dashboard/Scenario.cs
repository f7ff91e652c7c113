using Facilitation.Browser.Tests.Infrastructure;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>A lived-in week at Casaco for Wednesday 2 December 2026 at 10:00: people on shift, next, open.</summary>
public static class Scenario
{
    public static async Task LivedInWeek(FacilitationServer server)
    {
        using var aurelien = await server.SignedIn("aurelien");
        // Monday and Tuesday: done (claimed; the week's hours count them as claimed).
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-11-30T09:00", "2026-11-30T13:00"), "samir");
        await aurelien.Claim(await aurelien.Publish("community", "2026-12-01T18:00", "2026-12-01T22:00"), "aurelien");
        // Today: Léa on the front desk since 9:00, Samir for the afternoon, cleaning still open.
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-02T09:00", "2026-12-02T13:00"), "lea");
        await aurelien.Claim(await aurelien.Publish("logistics", "2026-12-02T13:00", "2026-12-02T17:30"), "samir");
        await aurelien.Publish("cleaning", "2026-12-02T17:30", "2026-12-02T19:00");
        // Tomorrow and later.
        await aurelien.Claim(await aurelien.Publish("community", "2026-12-03T14:00", "2026-12-03T18:00"), "aurelien");
        await aurelien.Publish("welcome", "2026-12-03T09:00", "2026-12-03T13:00");
        await aurelien.Publish("welcome", "2026-12-04T09:00", "2026-12-04T13:00");
        await aurelien.Publish("logistics", "2026-12-04T14:00", "2026-12-04T17:00");
    }

    /// <summary>
    /// Requests raised at the front desk just after 10:00: a visitor waiting at the entrance (due
    /// in 10 min), a printer jam in Salle Vanves, the kitchen to clean, and a projector that Léa
    /// has taken on.
    /// </summary>
    public static async Task WaitingTasks(FacilitationServer server)
    {
        using var lea = await server.SignedIn("lea");
        await lea.RaiseRequest("visitor-arrived", "entrance", name: "Marc Dupont", text: "Rendez-vous avec Aurélien");
        await lea.RaiseRequest("printer", "salle-vanves", text: "Bourrage papier dans le bac 2");
        await lea.RaiseRequest("cleaning", "cuisine", text: "Café renversé près de l'évier", name: "Nadia");
        var projector = await lea.RaiseRequest("room-problem", "salle-montparnasse", text: "Le vidéoprojecteur ne s'allume pas");
        await lea.ClaimTask(projector);
    }
}
