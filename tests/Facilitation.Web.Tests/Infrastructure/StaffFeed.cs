using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Facilitation.Web.Tests.Infrastructure;

/// <summary>
/// A signed-in person's live feed through the real .NET SignalR client, connected to the test
/// server; every message pushed to it waits in a channel for the test to read.
/// </summary>
public sealed class StaffFeed : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _passedOver = [];

    private StaffFeed(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("staffEvent", message => _messages.Writer.TryWrite(message));
    }

    public static async Task<StaffFeed> Open(FacilitationApp app, string? person, string site = "casaco")
    {
        var cookie = person is null ? null : await SessionCookie(app, person, site);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/staff"), options =>
            {
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                if (cookie is not null) options.Headers["Cookie"] = cookie;
            })
            .Build();
        var feed = new StaffFeed(connection);
        await connection.StartAsync();
        return feed;
    }

    /// <summary>
    /// The first message of the given type not yet taken, in arrival order; the messages passed
    /// over stay for later calls. Fails after the time-out.
    /// </summary>
    public async Task<JsonElement> Next(string type, Func<JsonElement, bool>? where = null, TimeSpan? within = null)
    {
        bool Matches(JsonElement m) => m.GetProperty("type").GetString() == type && (where is null || where(m));
        var waiting = _passedOver.FindIndex(Matches);
        if (waiting >= 0)
        {
            var found = _passedOver[waiting];
            _passedOver.RemoveAt(waiting);
            return found;
        }
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            JsonElement message;
            try
            {
                message = await _messages.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"no '{type}' message arrived in time");
            }
            if (Matches(message)) return message;
            _passedOver.Add(message);
        }
    }

    /// <summary>The next message whatever it is.</summary>
    public async Task<JsonElement> Next(TimeSpan? within = null)
    {
        if (_passedOver.Count > 0)
        {
            var first = _passedOver[0];
            _passedOver.RemoveAt(0);
            return first;
        }
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(15));
        return await _messages.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private static async Task<string> SessionCookie(FacilitationApp app, string person, string site)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/session", new { site, person, pin = DemoStaff.Pins[person] });
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
