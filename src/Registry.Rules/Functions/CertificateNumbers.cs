using System.Text.RegularExpressions;

namespace Registry.Rules.Functions;

/// <summary>Certificate and proof numbers (codes-and-formats.md §4) and the output each business type produces (IR 20).</summary>
public static partial class CertificateNumbers
{
    [GeneratedRegex(@"^(?<prov>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台])\((?<year>(19|20)\d{2})\)(?<area>.{2,20}?)不动产(?<series>权|证明)第(?<seq>\d{7})号$")]
    private static partial Regex Pattern();

    /// <summary>True when the number matches the national format (brackets half- or full-width).</summary>
    public static bool IsWellFormed(string? number) =>
        number is not null && Pattern().IsMatch(number.Replace('（', '(').Replace('）', ')'));

    /// <summary>The series of a well-formed number: 权 or 证明; null otherwise.</summary>
    public static string? Series(string? number)
    {
        if (number is null)
        {
            return null;
        }

        var m = Pattern().Match(number.Replace('（', '(').Replace('）', ')'));
        return m.Success ? m.Groups["series"].Value : null;
    }

    /// <summary>Expected output of a business type: RightCert, RegProof or None.</summary>
    public static string ExpectedOutput(string businessType)
    {
        ArgumentNullException.ThrowIfNull(businessType);
        if (businessType.EndsWith("Cancel", StringComparison.Ordinal) || BusinessTypes.Matches(businessType, "@Entrusted")
            || businessType is "RecordsQuery" or "AdministrativeRestriction" or "PreSeizureConvert")
        {
            return "None";
        }

        return businessType.StartsWith("Mortgage", StringComparison.Ordinal) || businessType.StartsWith("Easement", StringComparison.Ordinal)
            || businessType.StartsWith("ResidenceRight", StringComparison.Ordinal) || businessType == "Objection"
            || (businessType.StartsWith("PreNotice", StringComparison.Ordinal) && businessType != "PreNoticeToMain")
            ? "RegProof"
            : "RightCert";
    }

    /// <summary>True when the issued output and the number's series fit the business type (QC-Z-02).</summary>
    public static bool OutputFits(string businessType, string outputKind, string? number)
    {
        var expected = ExpectedOutput(businessType);
        if (businessType.StartsWith("Certificate", StringComparison.Ordinal))
        {
            return outputKind != "None";
        }

        if (expected != outputKind)
        {
            return false;
        }

        return outputKind switch
        {
            "RightCert" => Series(number) == "权",
            "RegProof" => Series(number) == "证明",
            _ => true,
        };
    }
}
