using System.Collections.Concurrent;

namespace Facilitation.Web.Sessions;

/// <summary>
/// The sign-ins closed with DELETE /api/session, each kept until the last cookie that could carry
/// it would have expired anyway. Held in memory by each node: a restart, or another node, does not
/// know them (a copied cookie then works until its own expiry, at most the idle timeout).
/// </summary>
public sealed class SessionRevocations(TimeProvider clock)
{
    /// <summary>A staff cookie lives at most this long without a request (sliding expiration).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);

    /// <summary>Revokes a sign-in; expires: when its cookie would have expired (a kiosk's is a year away).</summary>
    public void Revoke(string sessionId, DateTimeOffset? expires)
    {
        var now = clock.GetUtcNow();
        var until = now + IdleTimeout;
        if (expires is { } e && e > until) until = e;
        _revoked[sessionId] = until;
        foreach (var (id, end) in _revoked)
            if (end <= now) _revoked.TryRemove(id, out _);
    }

    public bool IsRevoked(string sessionId) =>
        _revoked.TryGetValue(sessionId, out var until) && until > clock.GetUtcNow();
}
