using Facilitation.Domain.Ids;
using Facilitation.Domain.Shifts;

namespace Facilitation.Domain.Members;

/// <summary>Something that happened to one member; each answers a command and records its id.</summary>
public interface IMemberEvent : IPersistedEvent
{
    CommandId CommandId { get; }

    PersonId Member { get; }

    string Fingerprint { get; }
}
