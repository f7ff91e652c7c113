using System.Security.Cryptography;
using System.Text;

namespace Facilitation.Domain.Rooms;

/// <summary>A booking of a room, by 10 random lower-case hex digits ("4f2a9c01be").</summary>
public readonly record struct BookingId
{
    public const int Length = 10;

    public string Value { get; }

    private BookingId(string value) => Value = value;

    public static BookingId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2)));

    /// <summary>
    /// The same id from the same words, every time: a site-wide privatisation sent again with its
    /// command id books the same id in every room, however often it is retried.
    /// </summary>
    public static BookingId Derive(string from) =>
        new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(from)))[..Length]);

    public static bool TryParse(string? value, out BookingId id)
    {
        var valid = value is { Length: Length } && value.All(char.IsAsciiHexDigitLower);
        id = valid ? new BookingId(value!) : default;
        return valid;
    }

    public static BookingId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a booking id");

    public override string ToString() => Value;
}
