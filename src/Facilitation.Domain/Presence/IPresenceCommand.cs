using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Presence;

/// <summary>A command to the presence of one site and day, under an id its client made.</summary>
public interface IPresenceCommand
{
    CommandId CommandId { get; }

    string Fingerprint { get; }

    DateTimeOffset At { get; }
}
