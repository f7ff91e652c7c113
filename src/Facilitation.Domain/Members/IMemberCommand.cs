using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Members;

/// <summary>A command to a site's membership, under an id its client made.</summary>
public interface IMemberCommand
{
    CommandId CommandId { get; }

    PersonId Member { get; }

    string Fingerprint { get; }

    DateTimeOffset At { get; }
}
