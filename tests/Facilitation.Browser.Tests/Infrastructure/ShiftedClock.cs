namespace Facilitation.Browser.Tests.Infrastructure;

/// <summary>
/// The real clock moved to a chosen instant: time goes on (timers, keep-alives and timeouts work
/// as in production) but the product believes it is, say, a Wednesday morning. The browser is set
/// to the same instant with Playwright's clock, so the page and the server agree on "now".
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public DateTimeOffset Start { get; } = start;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
