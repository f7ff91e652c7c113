namespace Facilitation.Domain.Ids;

/// <summary>A person of a site (staff), by a short name unique in the network ("lea", "samir").</summary>
public readonly record struct PersonId
{
    public string Value { get; }

    public PersonId(string value)
    {
        if (!IsValid(value)) throw new ArgumentException($"'{value}' is not a person id", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value) => Slug.IsValid(value);

    public static bool TryParse(string? value, out PersonId id)
    {
        id = IsValid(value) ? new PersonId(value!) : default;
        return IsValid(value);
    }

    public override string ToString() => Value;
}
