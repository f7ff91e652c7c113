using System.Text.RegularExpressions;
using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>The tasks panel: who gets the requests, how old a task is, and when it is late.</summary>
public sealed class TaskBoardOnTheDashboardTests(Chromium chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task With_nobody_on_shift_the_dashboard_says_requests_go_to_the_co_managers()
    {
        using var aurelien = await Server.SignedIn("aurelien");
        await aurelien.RaiseRequest("cleaning", "cuisine");

        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Aurélien", "4821");

        await Expect(Page.Locator("#tasks-nobody")).ToHaveTextAsync("Personne n'est en poste : les demandes vont aux co-gérant·es.");
        var task = Page.Locator("#task-list .task");
        await Expect(task).ToHaveCountAsync(1);
        await Expect(task).ToContainTextAsync("Ménage");
        await Expect(task).ToContainTextAsync("Cuisine");
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task More_tasks_waiting_than_the_API_gives_in_one_page_are_all_on_the_dashboard()
    {
        // Ten requests a minute per person: three people raise 23, more than a page of 20.
        var raised = new List<string>();
        foreach (var (person, count) in new[] { ("lea", 10), ("samir", 10), ("camille", 3) })
        {
            using var device = await Server.SignedIn(person);
            for (var i = 0; i < count; i++) raised.Add(await device.RaiseRequest("supplies", "entrance", text: $"Demande {raised.Count + 1}"));
        }
        using var aurelien = await Server.SignedIn("aurelien");
        Assert.NotNull((await aurelien.TaskBoard())["next"]?.GetValue<string>());

        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Aurélien", "4821");

        var tasks = Page.Locator("#task-list .task");
        await Expect(tasks).ToHaveCountAsync(raised.Count);
        Assert.Equal(raised.Order(), (await tasks.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.taskId)")).Order());
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task Tasks_are_sorted_by_due_time_and_one_past_its_due_time_is_marked_late_with_its_age()
    {
        await Scenario.LivedInWeek(Server);
        using var lea = await Server.SignedIn("lea");
        // Cleaning is due in 60 min, a visitor waiting in 10 min: the visitor comes first.
        var cleaning = await lea.RaiseRequest("cleaning", "cuisine");
        var visitor = await lea.RaiseRequest("visitor-arrived", "entrance", name: "Marc Dupont");

        // Twenty minutes later on the tablet (the server's clock has not moved: the page decides).
        await Context.Clock.SetFixedTimeAsync(WednesdayMorning.AddMinutes(20).UtcDateTime);
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");

        var tasks = Page.Locator("#task-list .task");
        await Expect(tasks).ToHaveCountAsync(2);
        await Expect(tasks.Nth(0)).ToHaveAttributeAsync("data-task-id", visitor);
        await Expect(tasks.Nth(1)).ToHaveAttributeAsync("data-task-id", cleaning);

        var late = tasks.Nth(0);
        await Expect(late).ToHaveAttributeAsync("data-late", "true");
        await Expect(late.Locator(".late-mark")).ToHaveTextAsync("En retard");
        await Expect(late).ToContainTextAsync("Demandé par Marc Dupont");
        // Raised a few seconds after 10:00 on the server's clock.
        await Expect(late.Locator(".task-age")).ToHaveTextAsync(new Regex("^il y a 1[89] minutes$"));
        await Expect(tasks.Nth(1)).ToHaveAttributeAsync("data-late", "false");
        await Expect(tasks.Nth(1).Locator(".late-mark")).ToHaveCountAsync(0);
        Assert.Empty(ScriptErrors);
    }

    [Fact]
    public async Task A_claim_refused_by_the_board_shows_the_servers_reason_under_the_task()
    {
        await Scenario.LivedInWeek(Server);
        using var lea = await Server.SignedIn("lea");
        var task = await lea.RaiseRequest("supplies", "floor-2", text: "Plus de café");
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        var item = Page.Locator($"#task-list [data-task-id='{task}']");
        await Expect(item).ToBeVisibleAsync();

        // Samir takes it on while Léa's "J'y vais" is on its way.
        using var samir = await Server.SignedIn("samir");
        await Page.RouteAsync($"**/tasks/{task}/claim", async route =>
        {
            await samir.ClaimTask(task);
            await route.ContinueAsync();
        });
        var answer = await Page.RunAndWaitForResponseAsync(
            () => item.GetByRole(AriaRole.Button, new() { Name = "J'y vais" }).ClickAsync(),
            response => response.Url.EndsWith($"/tasks/{task}/claim"));

        Assert.Equal(409, answer.Status);
        var detail = (await answer.JsonAsync())!.Value.GetProperty("detail").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(detail));
        await Expect(item.Locator(".task-problem")).ToHaveTextAsync(detail);
        await Expect(item.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(item).ToContainTextAsync("Samir s'en occupe");
        await Expect(item.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Empty(ScriptErrors);
    }
}
