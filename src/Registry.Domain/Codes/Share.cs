using System.Globalization;

namespace Registry.Domain.Codes;

/// <summary>
/// A co-ownership share (份额) as an exact reduced fraction, 0 &lt; share ≤ 1. Never floating point,
/// so "shares sum to exactly 1" is an exact test.
/// </summary>
public readonly record struct Share
{
    private Share(long numerator, long denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Numerator of the reduced fraction.</summary>
    public long Numerator { get; }

    /// <summary>Denominator of the reduced fraction.</summary>
    public long Denominator { get; }

    /// <summary>The whole (1/1).</summary>
    public static Share Whole => new(1, 1);

    /// <summary>Creates a share; the fraction is reduced.</summary>
    /// <exception cref="DomainValidationException">Not a fraction in (0, 1].</exception>
    public static Share Of(long numerator, long denominator, string field = "share")
    {
        if (denominator <= 0)
        {
            throw new DomainValidationException(field, string.Create(CultureInfo.InvariantCulture, $"share denominator must be positive, not {denominator}"));
        }

        if (numerator <= 0 || numerator > denominator)
        {
            throw new DomainValidationException(field, string.Create(CultureInfo.InvariantCulture, $"share {numerator}/{denominator} must be greater than 0 and at most 1"));
        }

        var gcd = Gcd(numerator, denominator);
        return new Share(numerator / gcd, denominator / gcd);
    }

    /// <summary>Parses "n/d" (also "1" for the whole).</summary>
    public static Share Parse(string? text, string field = "share") =>
        TryParse(text, out var share, out var error) ? share : throw new DomainValidationException(field, error!);

    /// <summary>Parses without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out Share share, out string? error)
    {
        share = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "share is required";
            return false;
        }

        var parts = text.Trim().Split('/');
        if (parts.Length == 1 && parts[0] == "1")
        {
            share = Whole;
            error = null;
            return true;
        }

        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            error = $"share '{text}' must be a fraction like 1/2";
            return false;
        }

        try
        {
            share = Of(n, d);
            error = null;
            return true;
        }
        catch (DomainValidationException ex)
        {
            error = ex.Reason;
            return false;
        }
    }

    /// <summary>
    /// Checks that <paramref name="shares"/> add up to exactly 1; returns null when they do, otherwise a
    /// message naming the shares and their sum.
    /// </summary>
    public static string? CheckSumIsWhole(IReadOnlyCollection<Share> shares)
    {
        var (n, d) = Total(shares);
        return n == d && n != 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"shares {string.Join(" + ", shares)} add up to {n}/{d}, not 1");
    }

    /// <summary>The exact sum of <paramref name="shares"/> as a reduced fraction (0/1 when empty).</summary>
    public static (long Numerator, long Denominator) Total(IEnumerable<Share> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        long n = 0;
        long d = 1;
        foreach (var s in shares)
        {
            checked
            {
                var lcm = d / Gcd(d, s.Denominator) * s.Denominator;
                n = (n * (lcm / d)) + (s.Numerator * (lcm / s.Denominator));
                d = lcm;
                var g = Gcd(Math.Abs(n), d);
                n /= g == 0 ? 1 : g;
                d /= g == 0 ? 1 : g;
            }
        }

        return (n, d);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
