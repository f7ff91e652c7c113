namespace Facilitation.Web.Sites;

/// <summary>One thing wrong in a site or staff file: which file, which field ("desks[3].id"), and why.</summary>
public sealed record SiteFileError(string File, string Field, string Message)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Field) ? $"{File}: {Message}" : $"{File}: {Field}: {Message}";
}
