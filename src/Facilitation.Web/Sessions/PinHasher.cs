using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Facilitation.Web.Sessions;

/// <summary>
/// Hashes and checks the 4-digit PINs people type on a tablet. A PIN is never stored: only
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;base64 salt&gt;$&lt;base64 hash&gt;</c> (PBKDF2 with SHA-256,
/// 100,000 iterations, a 16-byte random salt and a 32-byte hash). Ten thousand possible PINs are
/// little against an attacker who has the hashes, so the real protection is rate-limiting the
/// sign-in; the hash keeps the PINs out of files, backups and logs.
/// </summary>
public static class PinHasher
{
    public const string Algorithm = "pbkdf2-sha256";
    public const int Iterations = 100_000;
    public const int SaltSize = 16;
    public const int HashSize = 32;
    public const int PinLength = 4;

    // What Verify accepts from a stored hash: room to raise the cost later, and a bound so that a
    // hand-edited file cannot make each sign-in take minutes.
    private const int MinimumIterations = 10_000;
    private const int MaximumIterations = 10_000_000;

    /// <summary>Exactly four ASCII digits ("0427"); no spaces, no other digits.</summary>
    public static bool IsValidPin(string? pin) =>
        pin is { Length: PinLength } && pin.All(char.IsAsciiDigit);

    /// <summary>A new salted hash of a PIN; two hashes of the same PIN differ.</summary>
    public static string Hash(string pin)
    {
        if (!IsValidPin(pin)) throw new ArgumentException("A PIN is exactly 4 digits.", nameof(pin));
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Derive(pin, salt, Iterations, HashSize);
        return string.Join('$',
            Algorithm,
            Iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt),
            Convert.ToBase64String(hash));
    }

    /// <summary>
    /// Whether <paramref name="pin"/> is the PIN behind <paramref name="stored"/>, compared in
    /// constant time. A malformed stored value or a malformed PIN is simply a refusal.
    /// </summary>
    public static bool Verify(string? pin, string? stored)
    {
        if (!TryParse(stored, out var iterations, out var salt, out var expected)) return false;
        if (!IsValidPin(pin)) return false;
        var actual = Derive(pin!, salt, iterations, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Whether a stored value has the shape this hasher writes (used to check site files).</summary>
    public static bool IsWellFormedHash(string? stored) => TryParse(stored, out _, out _, out _);

    private static byte[] Derive(string pin, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, iterations, HashAlgorithmName.SHA256, length);

    private static bool TryParse(string? stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        if (string.IsNullOrEmpty(stored)) return false;
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations is < MinimumIterations or > MaximumIterations) return false;
        if (!TryBase64(parts[2], out salt) || salt.Length < SaltSize) return false;
        if (!TryBase64(parts[3], out hash) || hash.Length != HashSize) return false;
        return true;
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text, buffer, out var written))
        {
            bytes = buffer[..written];
            return true;
        }
        bytes = [];
        return false;
    }
}
