using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Tasks;

/// <summary>A command a client sends to a task board, under an id it made.</summary>
public interface ITaskCommand
{
    CommandId CommandId { get; }

    /// <summary>What makes two sends of one command id the same command (not the time it was sent, nor a new task's id).</summary>
    string Fingerprint { get; }
}
