using System.Globalization;

namespace Registry.Designer.Resources;

/// <summary>A list of names in the UI language: 甲、乙、丙 in Chinese, "A, B, C" in English.</summary>
internal static class ListText
{
    /// <summary>The separator of the current UI culture.</summary>
    public static string Separator => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "、" : ", ";

    /// <summary>The items joined with <see cref="Separator"/>.</summary>
    public static string Join(IEnumerable<string> items) => string.Join(Separator, items);
}
