using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Registry.Application.Fields;
using Registry.Web.Resources;

namespace Registry.Web.Formatting;

/// <summary>
/// A too-long field in the UI language: which field (its label, or its key when it has none), its limit and what was
/// given. The services refuse by <see cref="FieldLimits"/>; this is how the consoles say so.
/// </summary>
public static partial class FieldLimitText
{
    /// <summary>The sentence for <paramref name="e"/>.</summary>
    public static string Describe(FieldTooLongException e, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Describe(e.Field, e.Limit, e.Length, text);
    }

    /// <summary>The sentence for <paramref name="field"/> (a service's field key, e.g. <c>items[Materials].note</c>).</summary>
    public static string Describe(string field, int limit, int length, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        return text["Field_TooLong", Label(field, text), limit, length];
    }

    // items[Materials].note → Field_items.note; an unknown field is named by its key.
    private static string Label(string field, IStringLocalizer<SharedResource> text)
    {
        var label = text["Field_" + Index().Replace(field, string.Empty)];
        return label.ResourceNotFound ? field : label.Value;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Index();
}
