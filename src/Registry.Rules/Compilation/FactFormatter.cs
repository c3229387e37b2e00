using System.Collections;
using System.Globalization;

namespace Registry.Rules.Compilation;

/// <summary>Renders fact values invariantly for explanations and messages.</summary>
internal static class FactFormatter
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join("、", e.Cast<object?>().Select(Format)),
        _ => value.ToString(),
    };
}
