namespace Facilitation.Bench;

/// <summary>The body the bare POST reads.</summary>
public sealed record BareCommand(string? CommandId, string? Category, string? Place, string? Text);
