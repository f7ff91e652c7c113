using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Facilitation.Bench;

/// <summary>
/// One HTTP connection pool for the whole run; each request carries the cookie of the session it
/// acts for (a kiosk, a co-manager, a facilitator), so that thousands of sessions share connections.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(Uri address, int connections)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Uri Address => _http.BaseAddress!;

    /// <summary>A page of the host as text (its /metrics).</summary>
    public Task<string> GetText(string path) => _http.GetStringAsync(path);

    /// <summary>Signs a person in with the bench PIN; returns the session's cookie header.</summary>
    public async Task<string> SignIn(string site, string person)
    {
        using var response = await _http.PostAsJsonAsync("/api/session", new { site, person, pin = BenchSite.Pin });
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"sign-in of {person} on {site}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return CookieOf(response);
    }

    /// <summary>A co-manager's session turns a new device into a kiosk; returns the kiosk's cookie.</summary>
    public async Task<string> Kiosk(string coManagerCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session/kiosk");
        request.Headers.Add("Cookie", coManagerCookie);
        using var response = await _http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"kiosk enrolment: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return CookieOf(response);
    }

    /// <summary>Sends a command as the session of the cookie; the body's JSON comes back when there is one.</summary>
    public async Task<(int Status, JsonElement? Body)> Post(string path, object body, string cookie, CancellationToken cancel = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Cookie", cookie);
        using var response = await _http.SendAsync(request, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);
        JsonElement? json = null;
        if (text.Length > 0 && text[0] == '{')
        {
            using var document = JsonDocument.Parse(text);
            json = document.RootElement.Clone();
        }
        return ((int)response.StatusCode, json);
    }

    public async Task<(int Status, string Body)> Get(string path, string? cookie, CancellationToken cancel = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        using var response = await _http.SendAsync(request, cancel);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancel));
    }

    public void Dispose() => _http.Dispose();

    private static string CookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("; ", values.Select(v => v.Split(';')[0]))
            : throw new InvalidOperationException("no session cookie in the answer");
}
