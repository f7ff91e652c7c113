using Microsoft.Playwright;

namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>
/// A test with its own product (fresh database, demo staff, a clock set to a Wednesday morning)
/// and its own browser context at tablet size, the browser's clock set to the same instant.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(Chromium chromium) : IAsyncLifetime
{
    /// <summary>Wednesday 2 December 2026, 10:00 in Malakoff (ISO week 2026-W49).</summary>
    public static readonly DateTimeOffset WednesdayMorning = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly List<string> _scriptErrors = [];

    protected TestDatabase Database { get; } = new();

    protected FacilitationServer Server { get; private set; } = null!;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>The page's uncaught script errors.</summary>
    protected IReadOnlyList<string> ScriptErrors => _scriptErrors;

    public virtual async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(10_000);
        Server = new FacilitationServer(Database, new ShiftedClock(WednesdayMorning));
        Context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            HasTouch = true,
        });
        // Date.now() in the page is the product's "now"; the page's timers keep running.
        await Context.Clock.SetFixedTimeAsync(WednesdayMorning.UtcDateTime);
        Page = await Context.NewPageAsync();
        Page.PageError += (_, error) => _scriptErrors.Add(error);
    }

    public virtual async Task DisposeAsync()
    {
        await Context.CloseAsync();
        await Server.DisposeAsync();
        Database.Dispose();
    }

    /// <summary>On the sign-in panel: the site (if asked), the name, then the PIN on the keypad.</summary>
    protected async Task SignInWithKeypad(string name, string pin, string site = "Casaco")
    {
        var signIn = Page.Locator("#signin");
        await Assertions.Expect(signIn).ToBeVisibleAsync();
        var siteButton = signIn.GetByRole(AriaRole.Button, new() { Name = site, Exact = true });
        var nameButton = signIn.GetByRole(AriaRole.Button, new() { Name = name });
        await Assertions.Expect(siteButton.Or(nameButton).First).ToBeVisibleAsync();
        if (await siteButton.IsVisibleAsync()) await siteButton.ClickAsync();
        await nameButton.ClickAsync();
        var keypad = signIn.GetByRole(AriaRole.Group);
        foreach (var digit in pin) await keypad.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
    }

    /// <summary>Where screenshots go: a folder beside the test assembly.</summary>
    protected static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
