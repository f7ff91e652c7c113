namespace Facilitation.Domain.Ids;

/// <summary>A site of the network, by its short name ("casaco", "la-treso").</summary>
public readonly record struct SiteId
{
    public string Value { get; }

    public SiteId(string value)
    {
        if (!IsValid(value)) throw new ArgumentException($"'{value}' is not a site id", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value) => Slug.IsValid(value);

    public static bool TryParse(string? value, out SiteId id)
    {
        id = IsValid(value) ? new SiteId(value!) : default;
        return IsValid(value);
    }

    public override string ToString() => Value;
}
