using Facilitation.Web.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Web.Tests.Sessions;

/// <summary>A revoked sign-in stays refused for as long as any cookie carrying it could still be valid.</summary>
public sealed class SessionRevocationsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_revoked_sign_in_is_refused_for_the_idle_timeout_then_forgotten()
    {
        var revocations = new SessionRevocations(_clock);
        revocations.Revoke("a", expires: _clock.GetUtcNow().AddMinutes(10));

        Assert.True(revocations.IsRevoked("a"));
        Assert.False(revocations.IsRevoked("b"));
        // The cookie said 10 minutes, but a renewed copy may live up to the idle timeout.
        _clock.Advance(SessionRevocations.IdleTimeout - TimeSpan.FromSeconds(1));
        Assert.True(revocations.IsRevoked("a"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(revocations.IsRevoked("a"));
    }

    [Fact]
    public void A_kiosks_year_long_sign_in_stays_revoked_until_its_cookie_would_have_expired()
    {
        var revocations = new SessionRevocations(_clock);
        revocations.Revoke("kiosk", expires: _clock.GetUtcNow().AddDays(365));

        _clock.Advance(TimeSpan.FromDays(364));
        Assert.True(revocations.IsRevoked("kiosk"));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.False(revocations.IsRevoked("kiosk"));
    }
}
