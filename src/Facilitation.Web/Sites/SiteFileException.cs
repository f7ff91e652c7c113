namespace Facilitation.Web.Sites;

/// <summary>
/// The site files could not be loaded. The message lists every problem found, one a line, each
/// naming the file and the field, so that one start is enough to see all that must be fixed.
/// </summary>
public sealed class SiteFileException : Exception
{
    public SiteFileException(IReadOnlyList<SiteFileError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<SiteFileError> Errors { get; }

    private static string Describe(IReadOnlyList<SiteFileError> errors) =>
        errors.Count == 1
            ? $"Invalid site configuration: {errors[0]}"
            : $"Invalid site configuration ({errors.Count} problems):{Environment.NewLine}"
              + string.Join(Environment.NewLine, errors.Select(e => $"  - {e}"));
}
