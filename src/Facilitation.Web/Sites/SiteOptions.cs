namespace Facilitation.Web.Sites;

/// <summary>Where the site files are; bound from the configuration section "Facilitation:Sites".</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Facilitation:Sites";

    /// <summary>The folder of the site files (<c>&lt;site&gt;.json</c>); relative to the binaries when not rooted.</summary>
    public string Folder { get; set; } = "sites";

    /// <summary>
    /// The folder of the staff files (<c>&lt;site&gt;.staff.json</c>), relative to the binaries when
    /// not rooted; null or empty loads no staff. The demo configuration sets "sites/demo".
    /// </summary>
    public string? StaffFolder { get; set; }

    public string ResolveFolder() => Resolve(Folder);

    public string? ResolveStaffFolder() => string.IsNullOrWhiteSpace(StaffFolder) ? null : Resolve(StaffFolder);

    private static string Resolve(string path) =>
        string.IsNullOrWhiteSpace(path)
            ? throw new InvalidOperationException($"{SectionName}:Folder is empty: give the folder of the site files.")
            : Path.GetFullPath(path, AppContext.BaseDirectory);
}
