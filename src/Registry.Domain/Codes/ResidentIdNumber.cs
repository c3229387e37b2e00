using System.Globalization;

namespace Registry.Domain.Codes;

/// <summary>
/// Resident identity card number (公民身份号码, GB 11643—1999): 18 characters with an ISO 7064
/// MOD 11-2 check character. 15-digit numbers issued before 1999 are converted on parsing.
/// </summary>
public sealed record ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate, string? legacyNumber)
    {
        Value = value;
        BirthDate = birthDate;
        LegacyNumber = legacyNumber;
    }

    /// <summary>The 18-character number, check character uppercase.</summary>
    public string Value { get; }

    /// <summary>Date of birth (positions 7–14).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The original 15-digit number when this one was converted from it.</summary>
    public string? LegacyNumber { get; }

    /// <summary>Address code where the number was first issued (positions 1–6).</summary>
    public string AddressCode => Value[..6];

    /// <summary>True when the sequence code (positions 15–17) is odd.</summary>
    public bool IsMale => (Value[16] - '0') % 2 == 1;

    /// <summary>
    /// Parses an 18- or 15-digit number. <paramref name="today"/> is the caller's current date (from a
    /// TimeProvider), used to refuse birth dates in the future.
    /// </summary>
    /// <exception cref="DomainValidationException">The number is malformed.</exception>
    public static ResidentIdNumber Parse(string? text, DateOnly today, string field = "idNumber") =>
        TryParse(text, today, out var number, out var error) ? number! : throw new DomainValidationException(field, error!);

    /// <summary>Parses without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, DateOnly today, out ResidentIdNumber? number, out string? error)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "ID number is required";
            return false;
        }

        var value = text.Trim().ToUpperInvariant();
        string? legacy = null;
        if (value.Length == 15)
        {
            if (!value.All(char.IsAsciiDigit))
            {
                error = "a 15-digit ID number must contain digits only";
                return false;
            }

            legacy = value;
            var body = string.Concat(value.AsSpan(0, 6), "19", value.AsSpan(6));
            value = body + ComputeCheckCharacter(body);
        }
        else if (value.Length != 18)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"ID number must have 18 characters (or 15 for old numbers), not {value.Length}");
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"ID number position {i + 1}: '{value[i]}' is not a digit");
                return false;
            }
        }

        if (!char.IsAsciiDigit(value[17]) && value[17] != 'X')
        {
            error = $"ID number position 18: '{value[17]}' must be a digit or X";
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            error = $"ID number birth date '{value.Substring(6, 8)}' is not a real date";
            return false;
        }

        if (birth > today)
        {
            error = $"ID number birth date {birth:yyyy-MM-dd} is in the future";
            return false;
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, 17));
        if (value[17] != expected)
        {
            error = $"ID number check digit should be {expected}";
            return false;
        }

        number = new ResidentIdNumber(value, birth, legacy);
        error = null;
        return true;
    }

    /// <summary>The MOD 11-2 check character of the first 17 digits.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("17 digits are required", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
