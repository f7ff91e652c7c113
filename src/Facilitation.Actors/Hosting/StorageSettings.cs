namespace Facilitation.Actors.Hosting;

/// <summary>Where the journal, the snapshots and Quartz's tables live.</summary>
public sealed record StorageSettings
{
    /// <summary>"sqlite" (a file, nothing to install) or "postgresql".</summary>
    public string Provider { get; init; } = "sqlite";

    public string ConnectionString { get; init; } = "Data Source=data/facilitation.db";

    /// <summary>PostgreSQL schema for the journal tables; made at start if missing.</summary>
    public string? Schema { get; init; }

    public bool IsSqlite => string.Equals(Provider, "sqlite", StringComparison.OrdinalIgnoreCase);

    public bool IsPostgreSql => string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);
}
