namespace Facilitation.Domain.Ids;

/// <summary>The shape shared by readable ids: lower-case letters, digits and dashes, 1 to 40 long.</summary>
internal static class Slug
{
    public const int MaxLength = 40;

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= MaxLength
        && value[0] != '-' && value[^1] != '-'
        && value.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
