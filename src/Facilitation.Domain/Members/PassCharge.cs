namespace Facilitation.Domain.Members;

/// <summary>What one check-in uses: units of the pass and the day's cover after it, or why it is refused.</summary>
public sealed record PassCharge(int Units, DayCover? Cover, string? Refused)
{
    public bool IsRefused => Refused is not null;

    public static PassCharge Use(int units, DayCover? cover) => new(units, cover, null);

    public static PassCharge Refuse(string code) => new(0, null, code);
}
