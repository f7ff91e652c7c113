namespace Facilitation.Domain.Desks;

/// <summary>A command to one desk.</summary>
public interface IDeskCommand
{
    DateTimeOffset At { get; }
}
