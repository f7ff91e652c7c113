using Facilitation.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Browser.Tests.Dashboard;

/// <summary>What a member typed is shown as text on the dashboard, never run as markup.</summary>
public sealed class TaskTextIsShownAsTextTests(Chromium chromium) : BrowserTest(chromium)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Markup = "<img src=x onerror=alert(2)>";

    [Fact]
    public async Task A_request_text_with_a_script_tag_shows_as_that_literal_text_pushed_and_loaded_and_no_dialog_opens()
    {
        var dialogs = new List<string>();
        Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await Page.GotoAsync("/dashboard");
        await SignInWithKeypad("Léa", "2958");
        await Expect(Page.Locator("#live")).ToHaveAttributeAsync("data-status", "connected");

        // Pushed by the hub while the dashboard is open…
        using var lea = await Server.SignedIn("lea");
        await lea.RaiseRequest("other", "entrance", text: Script, name: Markup);
        var task = Page.Locator("#task-list .task");
        await Expect(task).ToHaveCountAsync(1);
        await Expect(task.Locator(".task-title")).ToHaveTextAsync(Script);
        await Expect(task.Locator(".task-requested")).ToHaveTextAsync($"Demandé par {Markup}");

        // …and loaded with the page.
        await Page.ReloadAsync();
        await Expect(task.Locator(".task-title")).ToHaveTextAsync(Script);
        await Expect(task.Locator(".task-requested")).ToHaveTextAsync($"Demandé par {Markup}");

        Assert.Equal(0, await Page.Locator("#task-list script, #task-list img").CountAsync());
        Assert.Empty(dialogs);
        Assert.Empty(ScriptErrors);
    }
}
