using System.Security.Cryptography;

namespace Facilitation.Domain.Presence;

/// <summary>A visitor of one day, by 10 random lower-case hex digits.</summary>
public readonly record struct VisitorId
{
    public const int Length = 10;

    public string Value { get; }

    private VisitorId(string value) => Value = value;

    public static VisitorId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2)));

    public static bool TryParse(string? value, out VisitorId id)
    {
        var valid = value is { Length: Length } && value.All(char.IsAsciiHexDigitLower);
        id = valid ? new VisitorId(value!) : default;
        return valid;
    }

    public static VisitorId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a visitor id");

    public override string ToString() => Value;
}
