using Microsoft.AspNetCore.SignalR;

namespace Facilitation.Bench;

/// <summary>Broadcasts a time stamp to every connected client.</summary>
public sealed class BareHub : Hub
{
    public Task Broadcast(long stamp) => Clients.All.SendAsync("tick", stamp);
}
