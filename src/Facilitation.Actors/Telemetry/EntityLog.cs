using Microsoft.Extensions.Logging;

namespace Facilitation.Actors.Telemetry;

/// <summary>
/// The entities' own log lines, with named properties (ids and codes only, never names or texts),
/// so that the JSON console log can be filtered by entity, rule or command id.
/// </summary>
public static partial class EntityLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "{Entity} {PersistenceId} refused command {CommandId}: {Rule}")]
    public static partial void Refused(this ILogger logger, string entity, string persistenceId, string? commandId, string rule);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "{Entity} {PersistenceId} could not persist {EventType}: the caller is told the storage is unavailable")]
    public static partial void PersistFailed(this ILogger logger, Exception cause, string entity, string persistenceId, string eventType);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "The journal rejected {EventType} of {Entity} {PersistenceId}: the caller is told the storage is unavailable")]
    public static partial void PersistRejected(this ILogger logger, Exception cause, string entity, string persistenceId, string eventType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "{Entity} {PersistenceId} answered unavailable ({Reason})")]
    public static partial void Unavailable(this ILogger logger, string entity, string persistenceId, string reason);
}
