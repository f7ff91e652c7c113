using Facilitation.Web.Tests.Infrastructure;
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
    private readonly List<IBrowserContext> _otherDevices = [];
    private readonly Chromium _chromium = chromium;

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
        Context = await NewTabletContext();
        Page = await Context.NewPageAsync();
        Page.PageError += (_, error) => _scriptErrors.Add(error);
    }

    /// <summary>A browser context at tablet size, French, in Malakoff, its clock on the product's "now".</summary>
    private async Task<IBrowserContext> NewTabletContext()
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            HasTouch = true,
        });
        // Date.now() in the page is the product's "now"; the page's timers keep running.
        await context.Clock.SetFixedTimeAsync(WednesdayMorning.UtcDateTime);
        return context;
    }

    /// <summary>
    /// A page on another device (its own browser context, so its own session cookie): the
    /// front-desk kiosk beside a facilitator's dashboard. Its script errors count with the page's.
    /// </summary>
    protected async Task<IPage> OtherDevice()
    {
        var context = await NewTabletContext();
        _otherDevices.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _scriptErrors.Add(error);
        return page;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var device in _otherDevices) await device.CloseAsync();
        await Context.CloseAsync();
        await Server.DisposeAsync();
        Database.Dispose();
    }

    /// <summary>On the sign-in panel: the site (if asked), the name, then the PIN on the keypad.</summary>
    protected Task SignInWithKeypad(string name, string pin, string site = "Casaco") => Page.SignInWithKeypad(name, pin, site);

    /// <summary>Where screenshots go: a folder beside the test assembly.</summary>
    protected static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
