using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Registry.Application.Recording;

namespace Registry.Application.Catalogue;

/// <summary>
/// A register effect as a business type names it: the effect and, per parameter, a literal value or a source path into
/// the case data (<c>$.unit</c>, <c>$.units[1]</c>, <c>$.parties.transferee</c>, <c>$.parties.mortgagee[0]</c>,
/// <c>$.parties.transferor[*].idNumber</c>, <c>$.facts.amount</c>, <c>$.issued.certificateNumber</c>, <c>$.case.acceptedAt</c>).
/// </summary>
/// <remarks>
/// The case data is a JSON object the caller builds from the case:
/// <c>{"units": ["…"], "parties": {"transferee": [{"name": "…", "idNumber": "…", "share": "1/2"}]}, "facts": {…}, "issued": {…}, "case": {…}}</c>.
/// A path that finds nothing leaves the parameter out, so optional parameters take their defaults and a missing required
/// one is reported by <see cref="Bind"/>.
/// </remarks>
/// <param name="Effect">Effect name, e.g. <c>TransferOwnership</c>.</param>
/// <param name="ForEachUnit">Apply once per unit of the case, with <c>$.unit</c> the current one; otherwise <c>$.unit</c> is the first unit.</param>
/// <param name="Parameters">Parameter (camelCase) → literal JSON value or source path string.</param>
public sealed partial record EffectTemplate(string Effect, bool ForEachUnit, IReadOnlyDictionary<string, JsonElement> Parameters)
{
    /// <summary>Roots a source path may start from.</summary>
    public static FrozenSet<string> Roots { get; } = FrozenSet.Create(StringComparer.Ordinal, "unit", "units", "parties", "facts", "issued", "case");

    /// <summary>Builds the typed effects from the case data.</summary>
    /// <param name="caseData">The case data (see remarks).</param>
    /// <returns>One effect, or one per unit when <see cref="ForEachUnit"/>.</returns>
    /// <exception cref="EffectBindingException">A path is malformed or a required parameter has no value.</exception>
    public IReadOnlyList<RegisterEffect> Bind(JsonObject caseData)
    {
        ArgumentNullException.ThrowIfNull(caseData);
        var units = caseData["units"] as JsonArray;
        if (units is null || units.Count == 0)
        {
            throw new EffectBindingException(Effect, "unit", "the case data names no units ($.units)");
        }

        var targets = ForEachUnit ? units.ToList() : [units[0]];
        var result = new List<RegisterEffect>(targets.Count);
        foreach (var unit in targets)
        {
            var root = (JsonObject)caseData.DeepClone();
            root["unit"] = unit?.DeepClone();
            var obj = new JsonObject { ["effect"] = Effect };
            foreach (var (name, value) in Parameters)
            {
                var bound = value.ValueKind == JsonValueKind.String && value.GetString()!.StartsWith("$.", StringComparison.Ordinal)
                    ? Resolve(root, value.GetString()!, name)
                    : JsonNode.Parse(value.GetRawText());
                if (bound is not null)
                {
                    obj[name] = bound;
                }
            }

            try
            {
                result.Add(RegisterEffectJson.Deserialize(JsonSerializer.SerializeToElement(obj)));
            }
            catch (JsonException ex)
            {
                throw new EffectBindingException(Effect, null, ex.Message, ex);
            }
        }

        return result;
    }

    /// <summary>Checks a source path's syntax; returns null when valid, otherwise the problem.</summary>
    public static string? CheckPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!PathPattern().IsMatch(path))
        {
            return $"'{path}' is not a source path like $.facts.amount or $.parties.transferor[*].idNumber";
        }

        var root = path[2..].Split('.', '[')[0];
        return Roots.Contains(root) ? null : $"'{path}' starts at '{root}', not one of {string.Join(", ", Roots)}";
    }

    private JsonNode? Resolve(JsonNode root, string path, string parameter)
    {
        if (CheckPath(path) is { } problem)
        {
            throw new EffectBindingException(Effect, parameter, problem);
        }

        List<JsonNode?> current = [root];
        var projected = false;
        foreach (Match m in SegmentPattern().Matches(path[1..]))
        {
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                if (m.Groups["name"].Success)
                {
                    next.Add(node is JsonObject o && o.TryGetPropertyValue(m.Groups["name"].Value, out var child) ? child : null);
                }
                else if (m.Groups["index"].Value == "*")
                {
                    projected = true;
                    if (node is JsonArray a)
                    {
                        next.AddRange(a);
                    }
                }
                else
                {
                    var i = int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    next.Add(node is JsonArray a && i < a.Count ? a[i] : null);
                }
            }

            current = next;
        }

        if (projected)
        {
            var values = current.Where(n => n is not null).Select(n => n!.DeepClone()).ToArray();
            return values.Length == 0 ? null : new JsonArray(values);
        }

        return current.Count == 1 ? current[0]?.DeepClone() : null;
    }

    [GeneratedRegex(@"^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[(\d+|\*)\])+$", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>\d+|\*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();
}
