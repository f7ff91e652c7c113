namespace Facilitation.Web.Api;

public sealed record ApiSettings
{
    /// <summary>How long a request waits for the actors before answering 503 (retry with the same id).</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
