namespace Facilitation.Bench;

/// <summary>One generated site: a copy of Casaco under another id, with staff of known PINs.</summary>
public sealed record BenchSite(string Id, string CoManager, IReadOnlyList<string> Facilitators, IReadOnlyList<BenchRoom> Rooms, IReadOnlyList<string> NomadDesks)
{
    /// <summary>The same PIN for every bench person: the PINs are not what is measured.</summary>
    public const string Pin = "2468";

    public static string IdOf(int index) => $"site-{index + 1:D4}";
}
