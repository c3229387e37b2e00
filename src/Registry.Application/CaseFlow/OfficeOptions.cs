namespace Registry.Application.CaseFlow;

/// <summary>
/// The registration office this installation serves: it appears in case numbers (division code) and certificate
/// numbers (province abbreviation and area). Defaults are the demo county (长丰县, Anhui). Configuration section <c>Office</c>.
/// </summary>
public sealed class OfficeOptions
{
    /// <summary>6-digit administrative division code (行政区划代码) of the office.</summary>
    public string DivisionCode { get; set; } = "340121";

    /// <summary>Province abbreviation used in certificate numbers (e.g. 皖).</summary>
    public string Province { get; set; } = "皖";

    /// <summary>Area name used in certificate numbers (e.g. 长丰县).</summary>
    public string Area { get; set; } = "长丰县";
}
