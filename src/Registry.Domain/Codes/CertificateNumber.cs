using System.Globalization;
using System.Text.RegularExpressions;

namespace Registry.Domain.Codes;

/// <summary>
/// Certificate or proof number (不动产权证书号 / 不动产登记证明号), e.g. 皖(2019)长丰县不动产证明第0010484号.
/// Half- and full-width brackets are accepted; parts are kept separately and rendered on demand.
/// </summary>
public sealed partial record CertificateNumber
{
    private CertificateNumber(string province, int year, string area, CertificateSeries series, int sequence)
    {
        Province = province;
        Year = year;
        Area = area;
        Series = series;
        Sequence = sequence;
    }

    /// <summary>One-character province abbreviation, e.g. 皖.</summary>
    public string Province { get; }

    /// <summary>Registration year.</summary>
    public int Year { get; }

    /// <summary>Issuing city, county or district name, e.g. 长丰县.</summary>
    public string Area { get; }

    /// <summary>Right certificate or proof.</summary>
    public CertificateSeries Series { get; }

    /// <summary>Running number, printed with 7 digits.</summary>
    public int Sequence { get; }

    /// <summary>Creates a number from its parts.</summary>
    /// <exception cref="DomainValidationException">A part is out of range.</exception>
    public static CertificateNumber Create(string province, int year, string area, CertificateSeries series, int sequence, string field = "certificateNumber")
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(area);
        var text = Format(province, year, area, series, sequence, fullWidth: false);
        return Parse(text, field);
    }

    /// <summary>Parses a number.</summary>
    /// <exception cref="DomainValidationException">The number does not match the format.</exception>
    public static CertificateNumber Parse(string? text, string field = "certificateNumber") =>
        TryParse(text, out var number, out var error) ? number! : throw new DomainValidationException(field, error!);

    /// <summary>Parses without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out CertificateNumber? number, out string? error)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "certificate number is required";
            return false;
        }

        var normalized = text.Trim().Replace('（', '(').Replace('）', ')');
        var match = Pattern().Match(normalized);
        if (!match.Success)
        {
            error = $"certificate number '{text}' does not match 省(年度)市县不动产权第NNNNNNN号 or …不动产证明第NNNNNNN号";
            return false;
        }

        number = new CertificateNumber(
            match.Groups["prov"].Value,
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            match.Groups["area"].Value,
            match.Groups["series"].Value == "权" ? CertificateSeries.Right : CertificateSeries.Proof,
            int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture));
        error = null;
        return true;
    }

    /// <summary>Renders the number with half-width (default) or full-width brackets.</summary>
    public string ToString(bool fullWidth) => Format(Province, Year, Area, Series, Sequence, fullWidth);

    /// <inheritdoc />
    public override string ToString() => ToString(fullWidth: false);

    private static string Format(string province, int year, string area, CertificateSeries series, int sequence, bool fullWidth)
    {
        var (open, close) = fullWidth ? ('（', '）') : ('(', ')');
        var word = series == CertificateSeries.Right ? "不动产权" : "不动产证明";
        return string.Create(CultureInfo.InvariantCulture, $"{province}{open}{year}{close}{area}{word}第{sequence:D7}号");
    }

    [GeneratedRegex(@"^(?<prov>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台])\((?<year>(19|20)\d{2})\)(?<area>.{2,20}?)不动产(?<series>权|证明)第(?<seq>\d{7})号$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
