using System.Globalization;

namespace Registry.Web.Localization;

/// <summary>The cultures the consoles speak: Simplified Chinese first, English switchable.</summary>
public static class RegistryCultures
{
    public const string Default = "zh-CN";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Default, English];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static CultureInfo Get(string culture) => CultureInfo.GetCultureInfo(culture);
}
