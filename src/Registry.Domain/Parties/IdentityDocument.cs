using System.Globalization;
using Registry.Domain.Codes;

namespace Registry.Domain.Parties;

/// <summary>
/// Validates an identity document number by the standard of its type (codes-and-formats.md §2–3): GB 11643 resident ID
/// and the Hong Kong/Macao/Taiwan residence permit that uses its format, GB 32100 credit code, GB 11714 organisation code
/// with their check characters; passports and travel permits by their layout only (no public checksum).
/// </summary>
public static class IdentityDocument
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly string[] ResidencePermitPrefixes = ["810000", "820000", "830000"];

    /// <summary>The kind stored with a party (at most 16 characters; "ResidentId" and "CreditCode" as before).</summary>
    public static string KindOf(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.ResidentId => NaturalPerson.Kind,
        IdentityDocumentType.CreditCode => Organisation.Kind,
        IdentityDocumentType.OrganisationCode => "OrgCode",
        IdentityDocumentType.Passport => "Passport",
        IdentityDocumentType.HkMacaoTravelPermit => "HkMoPermit",
        IdentityDocumentType.TaiwanTravelPermit => "TwPermit",
        IdentityDocumentType.HkMacaoTaiwanResidencePermit => "HmtResidence",
        IdentityDocumentType.ForeignPermanentResidentId => "ForeignPermRes",
        _ => "Other",
    };

    /// <summary>The type of a stored kind; false for a kind no type has.</summary>
    public static bool TryParseKind(string? kind, out IdentityDocumentType type)
    {
        foreach (var candidate in Enum.GetValues<IdentityDocumentType>())
        {
            if (string.Equals(KindOf(candidate), kind, StringComparison.Ordinal)
                || string.Equals(candidate.ToString(), kind, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>True for the documents organisations hold (credit code, organisation code).</summary>
    public static bool IsOrganisation(IdentityDocumentType type) => type is IdentityDocumentType.CreditCode or IdentityDocumentType.OrganisationCode;

    /// <summary>The standard or layout a type is checked against, named in messages.</summary>
    public static string StandardOf(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.ResidentId => "GB 11643",
        IdentityDocumentType.CreditCode => "GB 32100",
        IdentityDocumentType.OrganisationCode => "GB 11714",
        IdentityDocumentType.HkMacaoTaiwanResidencePermit => "GB 11643 (810000/820000/830000)",
        _ => "format",
    };

    /// <summary>
    /// Checks <paramref name="text"/> as a number of <paramref name="type"/>; returns null and the normalised number (trimmed,
    /// upper case, an organisation code without its hyphen) when valid, otherwise the problem.
    /// </summary>
    /// <param name="type">Document type.</param>
    /// <param name="text">Number as typed.</param>
    /// <param name="today">Today (China), to refuse birth dates in the future.</param>
    /// <param name="normalised">The number as stored.</param>
    public static IdentityDocumentProblem? Check(IdentityDocumentType type, string? text, DateOnly today, out string normalised)
    {
        normalised = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (normalised.Length == 0)
        {
            return new(type, IdentityDocumentProblemKind.Missing, null, null, null, $"{Describe(type)} number is required");
        }

        switch (type)
        {
            case IdentityDocumentType.ResidentId:
                return CheckResident(type, normalised, today, out normalised);
            case IdentityDocumentType.HkMacaoTaiwanResidencePermit:
                var permit = normalised;
                if (permit.Length != 18 || !ResidencePermitPrefixes.Any(p => permit.StartsWith(p, StringComparison.Ordinal)))
                {
                    return new(type, IdentityDocumentProblemKind.Format, 1, permit.Length >= 6 ? permit[..6] : permit, "810000/820000/830000 + 12 characters",
                        $"a Hong Kong/Macao/Taiwan residence permit number has 18 characters starting with 810000, 820000 or 830000 (GB 11643 format), not '{permit}'");
                }

                return CheckResident(type, normalised, today, out normalised);
            case IdentityDocumentType.CreditCode:
                return CheckCredit(normalised);
            case IdentityDocumentType.OrganisationCode:
                normalised = normalised.Replace("-", string.Empty, StringComparison.Ordinal);
                return CheckOrganisationCode(normalised);
            case IdentityDocumentType.Passport:
                return Layout(type, normalised, @"^[A-Z0-9]{5,17}$", "5–17 letters or digits");
            case IdentityDocumentType.HkMacaoTravelPermit:
                // [recalled — verify] H (Hong Kong) or M (Macao) followed by 8 digits (10 on older permits).
                return Layout(type, normalised, @"^[HM](\d{8}|\d{10})$", "H or M + 8 (or 10) digits");
            case IdentityDocumentType.TaiwanTravelPermit:
                // [recalled — verify] 8 digits since 2015; 10 digits on older permits.
                return Layout(type, normalised, @"^(\d{8}|\d{10})$", "8 (or 10) digits");
            case IdentityDocumentType.ForeignPermanentResidentId:
                // [recalled — verify] 2017 edition: 3-letter country code + 12 digits; 2023 edition: 18 characters starting
                // with 9. Whether the 2023 edition uses the MOD 11-2 check character is not confirmed: layout only.
                return Layout(type, normalised, @"^([A-Z]{3}\d{12}|9\d{16}[\dX])$", "3 letters + 12 digits, or 18 characters starting with 9");
            default:
                return Layout(type, normalised, @"^\S(.{0,38}\S)?$", "1–40 characters");
        }
    }

    /// <summary>English name of a type (messages for logs and API callers).</summary>
    public static string Describe(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.ResidentId => "resident ID",
        IdentityDocumentType.CreditCode => "unified social credit code",
        IdentityDocumentType.OrganisationCode => "organisation code",
        IdentityDocumentType.Passport => "passport",
        IdentityDocumentType.HkMacaoTravelPermit => "Hong Kong/Macao travel permit",
        IdentityDocumentType.TaiwanTravelPermit => "Taiwan travel permit",
        IdentityDocumentType.HkMacaoTaiwanResidencePermit => "Hong Kong/Macao/Taiwan residence permit",
        IdentityDocumentType.ForeignPermanentResidentId => "foreigner's permanent residence ID",
        _ => "identity document",
    };

    /// <summary>The GB 11714 check character of an 8-character organisation code body (digits and A–Z).</summary>
    public static char ComputeOrganisationCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 8)
        {
            throw new ArgumentException("8 characters are required", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : throw new ArgumentException($"'{c}' is not a digit or A–Z", nameof(body));
            sum += value * OrganisationWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    private static IdentityDocumentProblem? Layout(IdentityDocumentType type, string value, string pattern, string expected) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            ? null
            : new(type, IdentityDocumentProblemKind.Format, null, value, expected, $"'{value}' is not a {Describe(type)} number ({expected})");

    private static IdentityDocumentProblem? CheckResident(IdentityDocumentType type, string value, DateOnly today, out string normalised)
    {
        normalised = value;
        var name = Describe(type);
        if (value.Length != 18 && !(value.Length == 15 && type == IdentityDocumentType.ResidentId))
        {
            return new(type, IdentityDocumentProblemKind.Length, null, value.Length.ToString(CultureInfo.InvariantCulture), type == IdentityDocumentType.ResidentId ? "18 (15)" : "18",
                string.Create(CultureInfo.InvariantCulture, $"{name} number must have 18 characters{(type == IdentityDocumentType.ResidentId ? " (or 15 for old numbers)" : string.Empty)}, not {value.Length} (GB 11643)"));
        }

        var digits = value.Length == 15 ? 15 : 17;
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return new(type, IdentityDocumentProblemKind.Character, i + 1, value[i].ToString(), "0–9",
                    string.Create(CultureInfo.InvariantCulture, $"{name} number position {i + 1}: '{value[i]}' is not a digit (GB 11643)"));
            }
        }

        if (value.Length == 18 && !char.IsAsciiDigit(value[17]) && value[17] != 'X')
        {
            return new(type, IdentityDocumentProblemKind.Character, 18, value[17].ToString(), "0–9, X",
                $"{name} number position 18: '{value[17]}' must be a digit or X (GB 11643)");
        }

        if (!ResidentIdNumber.TryParse(value, today, out var parsed, out var error))
        {
            var check = value.Length == 18 ? ResidentIdNumber.ComputeCheckCharacter(value.AsSpan(0, 17)) : (char?)null;
            return check is { } expected && value[17] != expected && error!.Contains("check", StringComparison.Ordinal)
                ? new(type, IdentityDocumentProblemKind.CheckCharacter, 18, value[17].ToString(), expected.ToString(),
                    $"{name} number position 18: check character '{value[17]}' should be '{expected}' (GB 11643, ISO 7064 MOD 11-2)")
                : new(type, IdentityDocumentProblemKind.BirthDate, 7, value.Length == 18 ? value.Substring(6, 8) : value.Substring(6, 6), "yyyyMMdd",
                    $"{name} number positions 7–14: {error} (GB 11643)");
        }

        normalised = parsed!.Value;
        return null;
    }

    private static IdentityDocumentProblem? CheckCredit(string value)
    {
        const IdentityDocumentType type = IdentityDocumentType.CreditCode;
        if (value.Length != 18)
        {
            return new(type, IdentityDocumentProblemKind.Length, null, value.Length.ToString(CultureInfo.InvariantCulture), "18",
                string.Create(CultureInfo.InvariantCulture, $"unified social credit code must have 18 characters, not {value.Length} (GB 32100)"));
        }

        for (var i = 0; i < 18; i++)
        {
            if (!CreditAlphabet.Contains(value[i], StringComparison.Ordinal))
            {
                return new(type, IdentityDocumentProblemKind.Character, i + 1, value[i].ToString(), "0–9, A–Y without I, O, S, V, Z",
                    string.Create(CultureInfo.InvariantCulture, $"unified social credit code position {i + 1}: '{value[i]}' is not allowed (GB 32100: digits and letters except I, O, S, V, Z)"));
            }
        }

        var expected = UnifiedSocialCreditCode.ComputeCheckCharacter(value.AsSpan(0, 17));
        return value[17] == expected
            ? null
            : new(type, IdentityDocumentProblemKind.CheckCharacter, 18, value[17].ToString(), expected.ToString(),
                $"unified social credit code position 18: check character '{value[17]}' should be '{expected}' (GB 32100)");
    }

    private static IdentityDocumentProblem? CheckOrganisationCode(string value)
    {
        const IdentityDocumentType type = IdentityDocumentType.OrganisationCode;
        if (value.Length != 9)
        {
            return new(type, IdentityDocumentProblemKind.Length, null, value.Length.ToString(CultureInfo.InvariantCulture), "9",
                string.Create(CultureInfo.InvariantCulture, $"organisation code must have 9 characters (8 + check character), not {value.Length} (GB 11714)"));
        }

        for (var i = 0; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i]) && !char.IsAsciiLetterUpper(value[i]))
            {
                return new(type, IdentityDocumentProblemKind.Character, i + 1, value[i].ToString(), "0–9, A–Z",
                    string.Create(CultureInfo.InvariantCulture, $"organisation code position {i + 1}: '{value[i]}' is not a digit or letter (GB 11714)"));
            }
        }

        var expected = ComputeOrganisationCheckCharacter(value.AsSpan(0, 8));
        return value[8] == expected
            ? null
            : new(type, IdentityDocumentProblemKind.CheckCharacter, 9, value[8].ToString(), expected.ToString(),
                $"organisation code position 9: check character '{value[8]}' should be '{expected}' (GB 11714)");
    }
}
