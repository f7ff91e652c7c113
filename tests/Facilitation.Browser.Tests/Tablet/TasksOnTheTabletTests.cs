using System.Net.Http.Json;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Tablet;

/// <summary>My tasks and the open ones: "J'y vais" and "Fait", one tap each; and the shifts offered to me first.</summary>
public sealed class TasksOnTheTabletTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_open_task_is_claimed_with_one_tap_then_done_with_another_and_a_new_one_arrives_live()
    {
        await Page.SignInOnTablet("Léa", DemoStaff.Pins["lea"]);
        await Expect(Page.Locator("#open-tasks-list")).ToContainTextAsync("Aucune tâche ouverte.");

        using var samir = await Server.SignedIn("samir");
        var task = await samir.RaiseRequest("printer", "salle-vanves", text: "Bourrage papier dans le bac 2");
        var open = Page.Locator($"#open-tasks-list [data-task-id='{task}']");
        await Expect(open).ToContainTextAsync("Salle Vanves");
        await open.GetByRole(AriaRole.Button, new() { Name = "J'y vais" }).ClickAsync();

        var mine = Page.Locator($"#my-tasks-list [data-task-id='{task}']");
        await Expect(mine).ToBeVisibleAsync();
        await Expect(open).ToHaveCountAsync(0);
        await mine.GetByRole(AriaRole.Button, new() { Name = "Fait" }).ClickAsync();
        await Expect(mine).ToHaveCountAsync(0);
        await Expect(Page.Locator("#my-tasks-list")).ToContainTextAsync("Aucune tâche pour vous.");

        var board = await samir.TaskBoard();
        Assert.DoesNotContain(board["tasks"]!.AsArray(), t => t!["id"]!.GetValue<string>() == task);
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task The_open_shifts_i_am_first_in_line_for_carry_a_mark_and_the_others_do_not()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        // Samir already holds most of his share: the open shifts go to Léa first (lowest coverage).
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-01T09:00", "2026-12-01T13:00"), "samir");
        await aurelien.Claim(await aurelien.Publish("welcome", "2026-12-01T14:00", "2026-12-01T18:00"), "samir");
        var first = await aurelien.Publish("logistics", "2026-12-04T14:00", "2026-12-04T17:00");
        var fairness = (await aurelien.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("api/sites/casaco/weeks/2026-W49/fairness"))!;
        var order = fairness["offers"]!.AsArray().Single(o => o!["shift"]!.GetValue<string>() == first)!["order"]!.AsArray();
        var firstInLine = order[0]!.GetValue<string>();

        await Page.SignInOnTablet("Samir", DemoStaff.Pins["samir"]);
        await Page.OpenTab("Cette semaine");
        var card = Page.OpenShift(first);
        await Expect(card.Locator(".fit-ok")).ToBeVisibleAsync();
        Assert.NotEqual("samir", firstInLine);
        await Expect(card.Locator(".priority")).ToHaveCountAsync(0);

        var other = await OtherDevice();
        await other.SignInOnTablet(DemoStaff.Names[firstInLine], DemoStaff.Pins[firstInLine]);
        await other.OpenTab("Cette semaine");
        await Expect(other.OpenShift(first).Locator(".priority")).ToHaveTextAsync("Pour vous en priorité");
        Assert.Empty(ScriptErrors);
    }
}
