namespace Facilitation.Domain.Ids;

/// <summary>
/// The id a client makes for each command it sends, so that a retry after a dropped connection
/// is recognised and answered with the first outcome instead of being applied twice.
/// </summary>
public readonly record struct CommandId
{
    public const int MaxLength = 64;

    public string Value { get; }

    public CommandId(string value)
    {
        if (!IsValid(value)) throw new ArgumentException($"'{value}' is not a command id", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= MaxLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public static bool TryParse(string? value, out CommandId id)
    {
        id = IsValid(value) ? new CommandId(value!) : default;
        return IsValid(value);
    }

    public override string ToString() => Value;
}
