using System.Globalization;

namespace Registry.Domain.Codes;

/// <summary>
/// Immovable property unit code (不动产单元代码, GB/T 37346—2019): 28 characters,
/// county(6) zone(3) subzone(3) ownership(1) feature(1) parcel(5) fixture(1) fixture unit(8).
/// Stored as 28 uppercase characters without spaces.
/// </summary>
public sealed record UnitCode
{
    private const string ParcelFeatures = "ABSXCDEFHGWYLN";

    private UnitCode(string value) => Value = value;

    /// <summary>The 28-character code, uppercase, no spaces.</summary>
    public string Value { get; }

    /// <summary>County-level division code (positions 1–6).</summary>
    public string DivisionCode => Value[..6];

    /// <summary>Cadastral zone (positions 7–9).</summary>
    public string Zone => Value[6..9];

    /// <summary>Cadastral subzone (positions 10–12).</summary>
    public string Subzone => Value[9..12];

    /// <summary>Land ownership letter (position 13): G state, J collective, Z undetermined.</summary>
    public char LandOwnership => Value[12];

    /// <summary>Parcel feature letter (position 14), e.g. B construction land surface.</summary>
    public char ParcelFeature => Value[13];

    /// <summary>Fixture feature letter (position 20): F building, L forest, Q other, W none.</summary>
    public char FixtureFeature => Value[19];

    /// <summary>Parcel code (宗地代码): positions 1–19, shared by every unit on the parcel.</summary>
    public string ParcelCode => Value[..19];

    /// <summary>Building number (幢号) for fixture F, positions 21–24.</summary>
    public string BuildingNumber => Value[20..24];

    /// <summary>Unit number (户号) for fixture F, positions 25–28.</summary>
    public string HouseholdNumber => Value[24..];

    /// <summary>Display form in 6-6-7-9 groups, e.g. "340121 261006 GB00014 F00220045".</summary>
    public string Display => $"{Value[..6]} {Value[6..12]} {Value[12..19]} {Value[19..]}";

    /// <summary>
    /// True for a virtual unit (虚拟单元号) whose zone and subzone are 000000: a local convention for
    /// unsurveyed historical data. Accepted, but callers should flag it.
    /// </summary>
    public bool IsVirtual => Value.AsSpan(6, 6).SequenceEqual("000000");

    /// <summary>Parses a code (spaces of the display form are allowed; lowercase letters are normalised).</summary>
    /// <exception cref="DomainValidationException">The code is malformed; the message names the position.</exception>
    public static UnitCode Parse(string? text, string field = "unitCode")
    {
        var error = Validate(text, out var normalized);
        return error is null ? new UnitCode(normalized!) : throw new DomainValidationException(field, error);
    }

    /// <summary>Parses a code without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out UnitCode? code, out string? error)
    {
        error = Validate(text, out var normalized);
        code = error is null ? new UnitCode(normalized!) : null;
        return error is null;
    }

    /// <summary>Normalises user input: removes spaces and uppercases.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(" ", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static string? Validate(string? text, out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "unit code is required";
        }

        var code = Normalize(text);
        if (code.Length != 28)
        {
            return string.Create(CultureInfo.InvariantCulture, $"unit code must have 28 characters, not {code.Length}");
        }

        var digitError = Digits(code, 0, 6, "county division code")
            ?? Digits(code, 6, 3, "cadastral zone")
            ?? Digits(code, 9, 3, "cadastral subzone");
        if (digitError is not null)
        {
            return digitError;
        }

        var zoneAndSubzone = code.AsSpan(6, 6);
        if (!zoneAndSubzone.SequenceEqual("000000"))
        {
            if (code.AsSpan(6, 3).SequenceEqual("000"))
            {
                return "unit code positions 7-9: cadastral zone must be 001-999";
            }

            if (code.AsSpan(9, 3).SequenceEqual("000"))
            {
                return "unit code positions 10-12: cadastral subzone must be 001-999";
            }
        }

        var ownership = code[12];
        if (ownership is not ('G' or 'J' or 'Z'))
        {
            return $"unit code position 13: '{ownership}' is not a valid land-ownership letter (G, J or Z)";
        }

        var feature = code[13];
        if (!ParcelFeatures.Contains(feature, StringComparison.Ordinal))
        {
            return $"unit code position 14: '{feature}' is not a valid parcel feature code (A, B, S, X, C, D, E, F, H, G, W, Y, L or N)";
        }

        var pairError = CheckPair(ownership, feature);
        if (pairError is not null)
        {
            return pairError;
        }

        var parcelError = Digits(code, 14, 5, "parcel sequence number");
        if (parcelError is not null)
        {
            return parcelError;
        }

        if (code.AsSpan(14, 5).SequenceEqual("00000"))
        {
            return "unit code positions 15-19: parcel sequence number must be 00001-99999";
        }

        var fixture = code[19];
        if (fixture is not ('F' or 'L' or 'Q' or 'W'))
        {
            return $"unit code position 20: '{fixture}' is not a valid fixture feature code (F, L, Q or W)";
        }

        var unitError = Digits(code, 20, 8, "fixture unit number");
        if (unitError is not null)
        {
            return unitError;
        }

        if (fixture == 'W' && !code.AsSpan(20, 8).SequenceEqual("00000000"))
        {
            return "unit code positions 21-28: a unit without fixture (W) must end in 00000000";
        }

        normalized = code;
        return null;
    }

    // Allowed pairs of positions 13/14. A and C exist only on collective land; sea areas and islands
    // (H, G) are state-owned; W and Y (undetermined or other) may carry any ownership letter.
    private static string? CheckPair(char ownership, char feature)
    {
        var allowed = feature switch
        {
            'A' or 'C' => "J",
            'H' or 'G' => "G",
            'W' or 'Y' => "GJZ",
            _ => "GJ",
        };
        return allowed.Contains(ownership, StringComparison.Ordinal)
            ? null
            : $"unit code positions 13-14: '{ownership}{feature}' is not an allowed pair (parcel feature '{feature}' needs ownership {string.Join(" or ", allowed.ToCharArray())})";
    }

    private static string? Digits(string code, int start, int length, string segment)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"unit code position {i + 1}: '{code[i]}' is not a digit ({segment})");
            }
        }

        return null;
    }
}
