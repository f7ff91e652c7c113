namespace Facilitation.Actors.Hosting;

/// <summary>
/// The configured storage cannot be used at all (a folder that cannot be made, a file that is not a
/// database): the product stops at start, naming the setting and what is wrong, as it does for a
/// broken site file, instead of failing later with the driver's own exception.
/// </summary>
public sealed class StorageUnusableException(string setting, string problem, Exception cause)
    : Exception($"{setting}: {problem} ({cause.Message})", cause)
{
    public const string ConnectionStringSetting = "Facilitation:Storage:ConnectionString";

    public string Setting { get; } = setting;
}
