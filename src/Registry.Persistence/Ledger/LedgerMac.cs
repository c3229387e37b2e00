using System.Security.Cryptography;

namespace Registry.Persistence.Ledger;

/// <summary>
/// A link's MAC: <c>{keyId}:{HMAC-SHA256 hex}</c>, cut to 64 characters so it fits the journal's hash column (at least 196
/// bits of the HMAC remain). The key id lets old links verify with their key after the current key has rotated.
/// </summary>
internal static class LedgerMac
{
    public const int Length = 64;

    public const int MaxKeyIdLength = 15;

    public static string Compute(LedgerKey key, ReadOnlySpan<byte> data)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key.Secret, data, mac);
        return string.Concat(key.Id, ":", Convert.ToHexStringLower(mac).AsSpan(0, Length - key.Id.Length - 1));
    }

    /// <summary>The key id a stored MAC names, or null when it names none (an unkeyed, pre-HMAC hash).</summary>
    public static string? KeyIdOf(string? mac)
    {
        var colon = mac?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? mac![..colon] : null;
    }
}
