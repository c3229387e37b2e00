using System.Globalization;

namespace Registry.Domain.Codes;

/// <summary>
/// Unified social credit code (统一社会信用代码, GB 32100—2015): 18 characters over
/// 0-9A-HJ-NPQRTUWXY (no I, O, S, V, Z) with a MOD 31 check character.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The 18-character code, uppercase.</summary>
    public string Value { get; }

    /// <summary>Division code of the registering authority (positions 3–8).</summary>
    public string DivisionCode => Value[2..8];

    /// <summary>Parses a code.</summary>
    /// <exception cref="DomainValidationException">The code is malformed.</exception>
    public static UnifiedSocialCreditCode Parse(string? text, string field = "creditCode") =>
        TryParse(text, out var code, out var error) ? code! : throw new DomainValidationException(field, error!);

    /// <summary>Parses without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode? code, out string? error)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "credit code is required";
            return false;
        }

        var value = text.Trim().ToUpperInvariant();
        if (value.Length != 18)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"credit code must have 18 characters, not {value.Length}");
            return false;
        }

        for (var i = 0; i < 18; i++)
        {
            if (!Alphabet.Contains(value[i], StringComparison.Ordinal))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"credit code position {i + 1}: '{value[i]}' is not allowed");
                return false;
            }
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, 17));
        if (value[17] != expected)
        {
            error = $"credit code check character should be {expected}";
            return false;
        }

        code = new UnifiedSocialCreditCode(value);
        error = null;
        return true;
    }

    /// <summary>The MOD 31 check character of the first 17 characters (which must be in the alphabet).</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("17 characters are required", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the credit code alphabet", nameof(first17));
            }

            sum += index * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
