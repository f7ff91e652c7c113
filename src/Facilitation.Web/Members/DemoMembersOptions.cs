namespace Facilitation.Web.Members;

/// <summary>Where the demo members are (<c>&lt;site&gt;.members.json</c>); bound from "Facilitation:DemoMembers". None = no demo members.</summary>
public sealed class DemoMembersOptions
{
    public const string SectionName = "Facilitation:DemoMembers";

    /// <summary>Relative to the binaries when not rooted; the demo configuration sets "sites/demo".</summary>
    public string? Folder { get; set; }

    public string? ResolveFolder() => string.IsNullOrWhiteSpace(Folder) ? null : Path.GetFullPath(Folder, AppContext.BaseDirectory);
}
