namespace Registry.Application.Review.Facts;

/// <summary>
/// An exact share (份额) as a fraction of two longs. Never a float: COO-01 needs 2/3 to pass and 0.6666 to fail.
/// </summary>
/// <param name="Numerator">Numerator, ≥ 0.</param>
/// <param name="Denominator">Denominator, &gt; 0.</param>
public readonly record struct ShareFraction(long Numerator, long Denominator)
{
    /// <summary>Zero.</summary>
    public static ShareFraction Zero => new(0, 1);

    /// <summary>One (the whole).</summary>
    public static ShareFraction One => new(1, 1);

    /// <summary>True when the fraction is well formed: denominator positive, numerator not negative.</summary>
    public bool IsWellFormed => Denominator > 0 && Numerator >= 0;

    /// <summary>Exact sum, reduced. Uses 128-bit intermediates so large denominators do not overflow silently.</summary>
    public ShareFraction Add(ShareFraction other)
    {
        Int128 n = (Int128)Numerator * other.Denominator + (Int128)other.Numerator * Denominator;
        Int128 d = (Int128)Denominator * other.Denominator;
        var g = Gcd(Int128.Abs(n), d);
        if (g > 1)
        {
            n /= g;
            d /= g;
        }

        return new ShareFraction(checked((long)n), checked((long)d));
    }

    /// <summary>Exact comparison: negative, zero or positive.</summary>
    public int CompareTo(ShareFraction other) =>
        ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);

    /// <summary>True when this share is at least <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    public bool AtLeast(long numerator, long denominator) => CompareTo(new ShareFraction(numerator, denominator)) >= 0;

    /// <summary>True when the fraction equals exactly one.</summary>
    public bool IsOne => Denominator > 0 && Numerator == Denominator;

    /// <summary>Sum of a sequence of shares (nulls count as zero).</summary>
    public static ShareFraction Sum(IEnumerable<ShareFraction?> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var total = Zero;
        foreach (var s in shares)
        {
            if (s is { } v)
            {
                total = total.Add(v);
            }
        }

        return total;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Numerator}/{Denominator}";

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
