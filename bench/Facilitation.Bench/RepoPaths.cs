namespace Facilitation.Bench;

/// <summary>Where the repository's files are, found from the bench's own binaries.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Facilitation.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("Facilitation.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string CasacoSite => Path.Combine(Root, "ops", "sites", "casaco.json");

    /// <summary>The built product of the same configuration as the bench (Release next to Release).</summary>
    public static string WebDll(string? given)
    {
        if (given is not null) return Path.GetFullPath(given);
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Release";
        var path = Path.Combine(Root, "src", "Facilitation.Web", "bin", configuration, "net10.0", "Facilitation.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build the product first: {path}");
    }

    public static string BenchDll => Path.Combine(AppContext.BaseDirectory, "Facilitation.Bench.dll");
}
