namespace Facilitation.Web.Tests.Sites;

/// <summary>
/// Where the real site files are: the copies beside the test binaries (the web project copies
/// ops/sites into its output under sites/, and the reference brings them here), else the
/// repository's ops/sites found by walking up to Facilitation.sln.
/// </summary>
internal static class SiteFolders
{
    private static readonly Lazy<string> RepositoryRootLazy = new(FindRepositoryRoot);

    public static string Sites
    {
        get
        {
            var copied = Path.Combine(AppContext.BaseDirectory, "sites");
            return File.Exists(Path.Combine(copied, "casaco.json")) ? copied : Path.Combine(RepositoryRoot, "ops", "sites");
        }
    }

    public static string DemoStaff => Path.Combine(Sites, "demo");

    /// <summary>The sources: ops/sites/README.md is not copied to the output.</summary>
    public static string RepositoryRoot => RepositoryRootLazy.Value;

    public static string Readme => Path.Combine(RepositoryRoot, "ops", "sites", "README.md");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Facilitation.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Facilitation.sln above {AppContext.BaseDirectory}.");
    }
}
