using Facilitation.Browser.Tests.Dashboard;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Kiosk;

/// <summary>
/// A member's request at the front desk reaches the dashboard of the facilitator on shift at once,
/// without a reload, and leaves it once she has taken it on and done it.
/// </summary>
public sealed class KioskRequestReachesTheDashboardTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task A_request_raised_at_the_kiosk_appears_on_Leas_dashboard_without_reload_then_is_held_by_her_then_gone_when_done()
    {
        // Léa is on the front desk since 9:00: the request's notice is for her.
        await Scenario.LivedInWeek(Server);

        // Léa's dashboard, on her own device.
        var dashboard = await OtherDevice();
        await dashboard.GotoAsync("/dashboard");
        await dashboard.SignInWithKeypad("Léa", DemoStaff.Pins["lea"]);
        await Expect(dashboard.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");
        await Expect(dashboard.Locator("#tasks")).ToContainTextAsync("Aucune tâche ouverte.");
        await Expect(dashboard.Locator("#tasks-nobody")).ToBeHiddenAsync();
        // A mark on this document: a reload or a navigation would lose it.
        await dashboard.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        var navigations = 0;
        dashboard.FrameNavigated += (_, frame) => { if (frame == dashboard.MainFrame) navigations++; };

        // The tablet at the entrance becomes the kiosk, and a member asks for paper in Salle Vanves.
        await Page.EnrolAsKiosk();
        await Page.RaiseRequest("Imprimante", "Salle Vanves", text: "Plus de papier dans le bac 2");

        var task = dashboard.Locator("#task-list .task", new() { HasText = "Plus de papier dans le bac 2" });
        await Expect(task).ToBeVisibleAsync();
        await Expect(task).ToHaveAttributeAsync("data-status", "open");
        await Expect(task).ToContainTextAsync("Logistique");
        await Expect(task).ToContainTextAsync("Salle Vanves");
        await Expect(task).ToContainTextAsync("à l'instant");
        await Expect(task).Not.ToContainTextAsync("En retard");
        await Expect(task).ToHaveAttributeAsync("data-noticed", "true");
        await Expect(dashboard.Locator("#tasks-title")).ToContainTextAsync("1 à prendre");

        // "J'y vais": the task stays, held by Léa, with "Fait" instead.
        await task.GetByRole(AriaRole.Button, new() { Name = "J'y vais" }).ClickAsync();
        await Expect(task).ToHaveAttributeAsync("data-status", "claimed");
        await Expect(task).ToContainTextAsync("Léa s'en occupe");
        await Expect(task.GetByRole(AriaRole.Button, new() { Name = "J'y vais" })).ToHaveCountAsync(0);
        await Expect(dashboard.Locator("#tasks-title")).Not.ToContainTextAsync("à prendre");

        // "Fait": gone from the list.
        await task.GetByRole(AriaRole.Button, new() { Name = "Fait", Exact = true }).ClickAsync();
        await Expect(task).ToHaveCountAsync(0);
        await Expect(dashboard.Locator("#tasks")).ToContainTextAsync("Aucune tâche ouverte.");

        using var lea = await Server.SignedIn("lea");
        Assert.Empty((await lea.TaskBoard())["tasks"]!.AsArray());
        Assert.True(await dashboard.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the dashboard was reloaded");
        Assert.Equal(0, navigations);
        Assert.Empty(ScriptErrors);
    }
}
