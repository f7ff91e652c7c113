using System.Security.Cryptography;

namespace Facilitation.Domain.Tasks;

/// <summary>A task of a site's board, by 10 random lower-case hex digits ("3f9a1c2e7b").</summary>
public readonly record struct TaskId
{
    public const int Length = 10;

    public string Value { get; }

    private TaskId(string value) => Value = value;

    public static TaskId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2)));

    /// <summary>The same id for the same seed: how a board names the tasks it plans itself, so that deciding stays pure.</summary>
    public static TaskId Derive(string seed) =>
        new(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..Length]);

    public static bool TryParse(string? value, out TaskId id)
    {
        var valid = value is { Length: Length } && value.All(char.IsAsciiHexDigitLower);
        id = valid ? new TaskId(value!) : default;
        return valid;
    }

    public static TaskId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a task id");

    public override string ToString() => Value;
}
