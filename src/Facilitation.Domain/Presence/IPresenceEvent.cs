using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Presence;

/// <summary>Someone came in or left; each answers a command and records its id.</summary>
public interface IPresenceEvent : IPersistedEvent
{
    CommandId CommandId { get; }

    string Fingerprint { get; }
}
