namespace Facilitation.Bench;

/// <summary>A room of a generated site and how many people it takes.</summary>
public sealed record BenchRoom(string Id, int Capacity);
