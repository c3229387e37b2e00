using System.Globalization;
using Registry.Application.Review.Facts;

namespace Registry.Rules.Functions;

/// <summary>
/// Identity number checks usable in rule expressions (registered as a custom type of the expression parser):
/// GB 11643 resident ID (ISO 7064 MOD 11-2) and GB 32100 unified social credit code (MOD 31), per codes-and-formats.md §2–3.
/// </summary>
public static class IdNumbers
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] ResidentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private const string ResidentCheckChars = "10X98765432";

    /// <summary>True when <paramref name="number"/> is a valid 18-digit (or legacy 15-digit) resident ID number.</summary>
    public static bool ResidentIdValid(string? number) => ResidentIdProblem(number) is null;

    /// <summary>Null when valid; otherwise which part fails: 长度/字符, 出生日期 or 校验位.</summary>
    public static string? ResidentIdProblem(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "号码为空";
        }

        var n = number.Trim().ToUpperInvariant();
        if (n.Length == 15)
        {
            if (!n.All(char.IsAsciiDigit))
            {
                return "字符";
            }

            return ValidDate(string.Concat("19", n.AsSpan(6, 6))) ? null : "出生日期（第7-12位）";
        }

        if (n.Length != 18)
        {
            return "长度";
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(n[i]))
            {
                return $"第{i + 1}位";
            }
        }

        if (!ValidDate(n.Substring(6, 8)))
        {
            return "出生日期（第7-14位）";
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (n[i] - '0') * ResidentWeights[i];
        }

        return ResidentCheckChars[sum % 11] == n[17] ? null : "校验位（第18位）";
    }

    /// <summary>True when <paramref name="code"/> is a valid GB 32100 unified social credit code (check character).</summary>
    public static bool CreditCodeValid(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var c = code.Trim().ToUpperInvariant();
        if (c.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = CreditAlphabet.IndexOf(c[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return false;
            }

            sum += v * CreditWeights[i];
        }

        var check = 31 - (sum % 31);
        if (check == 31)
        {
            check = 0;
        }

        return CreditAlphabet[check] == c[17];
    }

    /// <summary>Checks a number by document type: checksum for resident IDs, HK/Macao/Taiwan permits and credit codes; format only for the rest.</summary>
    public static bool IsValid(IdType idType, string? number) => idType switch
    {
        IdType.ResidentId or IdType.HkMacaoTaiwanPermit => ResidentIdValid(number),
        IdType.CreditCode => CreditCodeValid(number),
        IdType.ForeignPermanentResident => number is { Length: 15 or 18 } && number.All(char.IsAsciiLetterOrDigit),
        IdType.Passport => number is { Length: >= 5 and <= 17 } && number.All(char.IsAsciiLetterOrDigit),
        _ => !string.IsNullOrWhiteSpace(number),
    };

    /// <summary>Numbers of the parties whose number fails <see cref="IsValid"/>, joined with 、 (empty when all pass).</summary>
    public static string Invalid(IEnumerable<PartyFacts> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return string.Join("、", parties.Where(p => !IsValid(p.IdType, p.IdNumber))
            .Select(p => $"{p.Name}:{p.IdNumber}({(p.IdType is IdType.ResidentId ? ResidentIdProblem(p.IdNumber) : "格式/校验位")})"));
    }

    private static bool ValidDate(string yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        && d.Year >= 1850;
}
