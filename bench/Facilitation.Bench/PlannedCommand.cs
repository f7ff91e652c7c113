using System.Text.Json;

namespace Facilitation.Bench;

/// <summary>
/// One command to send: its kind, route, body (with its client command id) and session; the key of
/// the push that shows it on the staff's screens (from the answer: a task's, a shift's, a booking's
/// id), and what the site's simulation learns from the answer.
/// </summary>
public sealed record PlannedCommand(
    string Kind, string Path, object Body, string Cookie,
    Func<JsonElement?, string?> PushKey, Action<int, JsonElement?> Answered);
