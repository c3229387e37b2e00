using System.Globalization;

namespace Registry.Domain.Codes;

/// <summary>
/// Case number (业务号) [design]: {6-digit division}{yyyyMMdd}{6-digit daily sequence}, with an optional
/// step suffix "-01".."-99" for combined cases. Ordinal order is acceptance order.
/// </summary>
public sealed record CaseNumber : IComparable<CaseNumber>
{
    private CaseNumber(string value) => Value = value;

    /// <summary>The full number, e.g. 34012120250918000123 or 34012120250918000123-02.</summary>
    public string Value { get; }

    /// <summary>Division code of the office.</summary>
    public string DivisionCode => Value[..6];

    /// <summary>Acceptance date.</summary>
    public DateOnly Date => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Daily sequence number.</summary>
    public int Sequence => int.Parse(Value.AsSpan(14, 6), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Step of a combined case, or null.</summary>
    public int? Step => Value.Length == 23 ? int.Parse(Value.AsSpan(21, 2), NumberStyles.None, CultureInfo.InvariantCulture) : null;

    /// <summary>Builds a case number from its parts.</summary>
    public static CaseNumber Create(string divisionCode, DateOnly date, int sequence, int? step = null)
    {
        ArgumentNullException.ThrowIfNull(divisionCode);
        var text = string.Create(CultureInfo.InvariantCulture, $"{divisionCode}{date:yyyyMMdd}{sequence:D6}");
        if (step is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"-{step:D2}");
        }

        return Parse(text);
    }

    /// <summary>Parses a case number.</summary>
    /// <exception cref="DomainValidationException">The number is malformed.</exception>
    public static CaseNumber Parse(string? text, string field = "caseNumber") =>
        TryParse(text, out var number, out var error) ? number! : throw new DomainValidationException(field, error!);

    /// <summary>Parses without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out CaseNumber? number, out string? error)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "case number is required";
            return false;
        }

        var value = text.Trim();
        if (value.Length is not (20 or 23))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"case number must have 20 characters (or 23 with a step suffix), not {value.Length}");
            return false;
        }

        for (var i = 0; i < 20; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"case number position {i + 1}: '{value[i]}' is not a digit");
                return false;
            }
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            error = $"case number date '{value.Substring(6, 8)}' is not a real date";
            return false;
        }

        if (value.AsSpan(14, 6).SequenceEqual("000000"))
        {
            error = "case number daily sequence must start at 000001";
            return false;
        }

        if (value.Length == 23 && (value[20] != '-' || !char.IsAsciiDigit(value[21]) || !char.IsAsciiDigit(value[22]) || value.AsSpan(21, 2).SequenceEqual("00")))
        {
            error = $"case number step suffix '{value[20..]}' must be -01 to -99";
            return false;
        }

        number = new CaseNumber(value);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CaseNumber? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <summary>True when <paramref name="left"/> was accepted before <paramref name="right"/>.</summary>
    public static bool operator <(CaseNumber left, CaseNumber right) => Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> was accepted after <paramref name="right"/>.</summary>
    public static bool operator >(CaseNumber left, CaseNumber right) => Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> was not accepted after <paramref name="right"/>.</summary>
    public static bool operator <=(CaseNumber left, CaseNumber right) => Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> was not accepted before <paramref name="right"/>.</summary>
    public static bool operator >=(CaseNumber left, CaseNumber right) => Compare(left, right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Value;

    private static int Compare(CaseNumber? left, CaseNumber? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
