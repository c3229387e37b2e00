using System.Security.Cryptography;
using System.Text;

namespace Registry.Application.Progress;

/// <summary>
/// Query codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), 40 bits of randomness, hashed with
/// PBKDF2 so a copy of the database does not hand out the codes. The progress page's rate limit bounds online guessing.
/// </summary>
public static class QueryCodes
{
    /// <summary>The characters a code is made of.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A code's length.</summary>
    public const int Length = 8;

    private const int Iterations = 20_000;

    /// <summary>A new random code.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// A new code with its salt and hash. The hash (PBKDF2, a few milliseconds of CPU) depends on nothing in the database, so
    /// acceptance prepares it before its transaction opens instead of holding the write lock while it runs.
    /// </summary>
    public static PreparedQueryCode Prepare()
    {
        var code = Generate();
        var salt = RandomNumberGenerator.GetBytes(16);
        return new PreparedQueryCode(code, Convert.ToHexStringLower(salt), Convert.ToHexStringLower(Derive(code, salt)));
    }

    /// <summary>
    /// True when <paramref name="typed"/> is the code of <paramref name="stored"/>. With no stored code the same work is done
    /// against a dummy, so an unknown case takes as long as a wrong code.
    /// </summary>
    public static bool Matches(StoredQueryCode? stored, string typed)
    {
        var salt = stored is null ? new byte[16] : Convert.FromHexString(stored.Salt);
        var derived = Derive(Normalize(typed), salt);
        return stored is not null && CryptographicOperations.FixedTimeEquals(derived, Convert.FromHexString(stored.Hash));
    }

    /// <summary>Upper case, without spaces or hyphens (the receipt prints the code in two groups of four).</summary>
    public static string Normalize(string? typed) =>
        (typed ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>The code as printed: two groups of four.</summary>
    public static string Display(string code) => code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;

    private static byte[] Derive(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), salt, Iterations, HashAlgorithmName.SHA256, 32);
}

/// <summary>A query code not yet bound to a case: the code shown once on the receipt, and what is stored of it.</summary>
public sealed record PreparedQueryCode(string Code, string Salt, string Hash)
{
    /// <summary>What is stored for <paramref name="caseNumber"/>: salt and hash, never the code.</summary>
    public StoredQueryCode For(string caseNumber, DateTimeOffset at) => new(caseNumber, Salt, Hash, at);
}
