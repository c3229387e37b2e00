using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Registry.Web.Components.Cases;

/// <summary>Resource lookups for enum-like values (roles, actions, outcomes): the raw value when no string is defined.</summary>
internal static class CaseText
{
    public static string Or(this IStringLocalizer localizer, string prefix, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = localizer[prefix + value];
        return text.ResourceNotFound ? value : text.Value;
    }

    public static string Format(this IStringLocalizer localizer, string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, localizer[key].Value, args);

    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
}
