namespace Facilitation.Actors.Messages;

/// <summary>A message for one sharded entity, which it names.</summary>
public interface IEntityMessage
{
    string EntityId { get; }
}
