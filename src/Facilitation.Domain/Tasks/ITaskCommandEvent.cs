using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tasks;

/// <summary>An event that answers a client's command, and so records its id.</summary>
public interface ITaskCommandEvent : ITaskEvent
{
    CommandId CommandId { get; }

    string Fingerprint { get; }
}
