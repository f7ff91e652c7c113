using System.Security.Cryptography;
using Facilitation.Domain.Time;

namespace Facilitation.Domain.Ids;

/// <summary>
/// A shift, named after the ISO week it starts in and a random suffix ("2026-W49-3f9a1c2e"):
/// from its id alone a shift knows which week ledger holds its hours.
/// </summary>
public readonly record struct ShiftId
{
    public string Value { get; }
    public IsoWeek Week { get; }

    private ShiftId(string value, IsoWeek week)
    {
        Value = value;
        Week = week;
    }

    public static ShiftId New(IsoWeek week) =>
        new($"{week}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", week);

    public static bool TryParse(string? value, out ShiftId id)
    {
        id = default;
        // yyyy-Www-xxxxxxxx
        if (value is null || value.Length != 17 || value[8] != '-') return false;
        if (!IsoWeek.TryParse(value[..8], out var week)) return false;
        if (!value[9..].All(char.IsAsciiHexDigitLower)) return false;
        id = new ShiftId(value, week);
        return true;
    }

    public static ShiftId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a shift id");

    public override string ToString() => Value;
}
