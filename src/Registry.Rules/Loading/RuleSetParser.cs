using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Registry.Application.Review;
using Registry.Rules.Functions;

namespace Registry.Rules.Loading;

/// <summary>
/// Structural validation of a rule-set file against the contract in rules/rule-set.schema.json, done in code (no
/// JSON-Schema library: none restores cleanly here without warnings). Every error names the file, the rule code and
/// what is wrong.
/// </summary>
internal static partial class RuleSetParser
{
    internal static readonly string[] ReviewCategories = ["parties", "unit", "rights", "materials", "tax", "consistency"];
    internal static readonly string[] SelfCheckCategories = ["principle", "content", "certificate", "term", "timeliness", "reporting"];

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderPattern();

    public static RuleSetDefinition? Parse(string json, string file, List<RuleSetValidationError> errors)
    {
        RuleSetDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<RuleSetDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            errors.Add(new RuleSetValidationError(file, null, $"Invalid JSON or unknown member at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}"));
            return null;
        }

        if (doc is null)
        {
            errors.Add(new RuleSetValidationError(file, null, "The file is empty."));
            return null;
        }

        var start = errors.Count;
        if (string.IsNullOrWhiteSpace(doc.WorkflowName))
        {
            errors.Add(new RuleSetValidationError(file, null, "WorkflowName (the rule-set name) is required."));
        }

        RuleSetKind kind = RuleSetKind.Review;
        switch (doc.Kind)
        {
            case "review": kind = RuleSetKind.Review; break;
            case "selfcheck": kind = RuleSetKind.SelfCheck; break;
            default: errors.Add(new RuleSetValidationError(file, null, $"Kind must be 'review' or 'selfcheck', not '{doc.Kind}'.")); break;
        }

        if (doc.Version is not >= 1)
        {
            errors.Add(new RuleSetValidationError(file, null, "Version must be an integer ≥ 1."));
        }

        if (doc.Rules is not { Count: > 0 })
        {
            errors.Add(new RuleSetValidationError(file, null, "Rules must be a non-empty array."));
            return null;
        }

        var rules = new List<RuleDefinition>();

        // Versions of one rule may follow each other in time (one in force on any day): code → the enabled versions so far.
        var versions = new Dictionary<string, List<(int Version, DateOnly From, DateOnly? Until)>>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Rules.Count; i++)
        {
            var r = doc.Rules[i];
            var code = r.RuleName ?? $"#{i}";
            var ruleStart = errors.Count;
            void Err(string m) => errors.Add(new RuleSetValidationError(file, code, m));
            if (r.RuleName is null || !CodePattern().IsMatch(r.RuleName))
            {
                Err("RuleName must be an upper-case code such as REG-SEIZURE-BLOCKS-DISPOSAL.");
            }

            if (r.Enabled == false)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.Expression))
            {
                Err("Expression is required.");
            }

            if (r.RuleExpressionType is not (null or "LambdaExpression"))
            {
                Err("RuleExpressionType must be LambdaExpression.");
            }

            var p = r.Properties;
            if (p is null)
            {
                Err("Properties (rule metadata) are required.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(p.Ref))
            {
                Err("Properties.Ref (register-rules.md reference, e.g. SEI-01) is required.");
            }

            if (string.IsNullOrWhiteSpace(p.NameZh) || string.IsNullOrWhiteSpace(p.NameEn))
            {
                Err("Properties.NameZh and Properties.NameEn are required.");
            }

            var categories = kind == RuleSetKind.Review ? ReviewCategories : SelfCheckCategories;
            if (p.Category is null || !categories.Contains(p.Category))
            {
                Err($"Properties.Category '{p.Category}' is not one of {string.Join(", ", categories)}.");
            }

            RuleSeverity severity = RuleSeverity.Info;
            switch (p.Severity)
            {
                case "block": severity = RuleSeverity.Block; break;
                case "warn": severity = RuleSeverity.Warn; break;
                case "info": severity = RuleSeverity.Info; break;
                default: Err($"Properties.Severity must be block, warn or info, not '{p.Severity}'."); break;
            }

            if (p.Version is not >= 1)
            {
                Err("Properties.Version must be an integer ≥ 1.");
            }

            var from = ParseDate(p.EffectiveFrom, "EffectiveFrom", required: true, Err);
            var until = ParseDate(p.EffectiveUntil, "EffectiveUntil", required: false, Err);
            if (from is { } f && until is { } u && u < f)
            {
                Err("Properties.EffectiveUntil is before EffectiveFrom.");
            }
            else if (from is { } begins && r.RuleName is not null && p.Version is >= 1)
            {
                CheckOtherVersions(versions, r.RuleName, p.Version.Value, begins, until, file, errors);
            }

            var stages = new List<RuleStage>();
            if (p.Stages is not { Count: > 0 })
            {
                Err("Properties.Stages must list at least one of INTAKE, REVIEW, BOOK, QC.");
            }
            else
            {
                foreach (var s in p.Stages)
                {
                    RuleStage? st = s switch { "INTAKE" => RuleStage.Intake, "REVIEW" => RuleStage.Review, "BOOK" => RuleStage.Book, "QC" => RuleStage.QC, _ => null };
                    if (st is null)
                    {
                        Err($"Properties.Stages: unknown stage '{s}'.");
                    }
                    else if ((kind == RuleSetKind.SelfCheck) != (st == RuleStage.QC))
                    {
                        Err($"Properties.Stages: stage '{s}' does not fit a {doc.Kind} rule set.");
                    }
                    else
                    {
                        stages.Add(st.Value);
                    }
                }
            }

            if (p.BusinessTypes is not { Count: > 0 })
            {
                Err("Properties.BusinessTypes must list at least one pattern (\"*\" for all).");
            }

            foreach (var pat in (p.BusinessTypes ?? []).Concat(p.ExcludeTypes ?? []))
            {
                if (!BusinessTypes.IsValidPattern(pat))
                {
                    Err($"Business type pattern '{pat}' is not a code, a glob or a known group ({string.Join(", ", BusinessTypes.Groups)}).");
                }
            }

            var facts = new List<(string, string)>();
            foreach (var lp in r.LocalParams ?? [])
            {
                if (lp.Name is null || !IdentifierPattern().IsMatch(lp.Name))
                {
                    Err($"LocalParams: '{lp.Name}' is not a valid fact name.");
                }
                else if (facts.Any(x => x.Item1 == lp.Name))
                {
                    Err($"LocalParams: duplicate fact name '{lp.Name}'.");
                }
                else if (string.IsNullOrWhiteSpace(lp.Expression))
                {
                    Err($"LocalParams: fact '{lp.Name}' has no expression.");
                }
                else
                {
                    facts.Add((lp.Name, lp.Expression));
                }
            }

            foreach (var (lang, template) in new[] { ("MessageZh", p.MessageZh), ("MessageEn", p.MessageEn) })
            {
                if (string.IsNullOrWhiteSpace(template))
                {
                    Err($"Properties.{lang} is required.");
                    continue;
                }

                foreach (Match m in PlaceholderPattern().Matches(template))
                {
                    var name = m.Groups[1].Value;
                    if (!facts.Any(x => x.Item1 == name))
                    {
                        Err($"Properties.{lang}: placeholder {{{name}}} is not a declared fact (LocalParams).");
                    }
                }
            }

            if (errors.Count == ruleStart)
            {
                rules.Add(new RuleDefinition(
                    r.RuleName!, p.Ref!, p.NameZh!, p.NameEn!, p.Category!, severity, p.Version!.Value, from!.Value, until,
                    p.BusinessTypes!, p.ExcludeTypes ?? [], stages, p.MessageZh!, p.MessageEn!, r.Expression!, facts));
            }
        }

        var derived = ParseDerived(doc.Derived, kind, file, errors);
        return errors.Count == start ? new RuleSetDefinition(doc.WorkflowName!, kind, doc.Version!.Value, file, rules) { Derived = derived } : null;
    }

    // Derived facts: a name, its kinds, each an Exists condition over a register collection (checked when compiled).
    private static List<DerivedFactDefinition> ParseDerived(List<DerivedFactDocument>? documents, RuleSetKind kind, string file, List<RuleSetValidationError> errors)
    {
        var result = new List<DerivedFactDefinition>();
        if (documents is not { Count: > 0 })
        {
            return result;
        }

        if (kind != RuleSetKind.Review)
        {
            errors.Add(new RuleSetValidationError(file, null, "Derived: only review rule sets derive facts (self-check rules read the finished case alone)."));
            return result;
        }

        foreach (var d in documents)
        {
            if (d.Name is null || !IdentifierPattern().IsMatch(d.Name) || string.IsNullOrWhiteSpace(d.NameZh) || string.IsNullOrWhiteSpace(d.NameEn))
            {
                errors.Add(new RuleSetValidationError(file, null, $"Derived: '{d.Name}' needs a Name (an identifier), NameZh and NameEn."));
                continue;
            }

            if (d.Kinds is not { Count: > 0 })
            {
                errors.Add(new RuleSetValidationError(file, null, $"Derived.{d.Name}: Kinds must list at least one kind."));
                continue;
            }

            foreach (var k in d.Kinds)
            {
                if (k.Kind is null || !IdentifierPattern().IsMatch(k.Kind) || string.IsNullOrWhiteSpace(k.Exists))
                {
                    errors.Add(new RuleSetValidationError(file, null, $"Derived.{d.Name}: kind '{k.Kind}' needs a Kind (an identifier) and an Exists condition."));
                }
                else if (result.Any(x => x.Name == d.Name && x.Kind == k.Kind))
                {
                    errors.Add(new RuleSetValidationError(file, null, $"Derived.{d.Name}: kind '{k.Kind}' is defined twice."));
                }
                else
                {
                    result.Add(new DerivedFactDefinition(d.Name, d.NameZh!, d.NameEn!, k.Kind, k.Exists));
                }
            }
        }

        return result;
    }

    // Two versions of one rule: different version numbers, effective periods that do not share a day. A refusal names the
    // other version and its dates, at the field to change (EffectiveFrom), in English and Chinese.
    private static void CheckOtherVersions(Dictionary<string, List<(int Version, DateOnly From, DateOnly? Until)>> versions, string code,
        int version, DateOnly from, DateOnly? until, string file, List<RuleSetValidationError> errors)
    {
        if (!versions.TryGetValue(code, out var earlier))
        {
            versions[code] = [(version, from, until)];
            return;
        }

        foreach (var other in earlier)
        {
            if (other.Version == version)
            {
                errors.Add(new RuleSetValidationError(file, code,
                    string.Create(CultureInfo.InvariantCulture, $"Properties.Version: version {version} of {code} is written twice; each version of a rule has its own number."))
                {
                    DetailZh = string.Create(CultureInfo.InvariantCulture, $"第 {version} 版出现了两次；同一规则的每个版本须有自己的版本号。"),
                });
                return;
            }

            if (from <= (other.Until ?? DateOnly.MaxValue) && other.From <= (until ?? DateOnly.MaxValue))
            {
                errors.Add(new RuleSetValidationError(file, code,
                    $"Properties.EffectiveFrom: {code} v{version} ({Period(from, until)}) overlaps v{other.Version} ({Period(other.From, other.Until)}); one version of a rule is in force on any day.")
                {
                    DetailZh = $"第 {version} 版的生效期间（{Period(from, until)}）与第 {other.Version} 版（{Period(other.From, other.Until)}）重叠：同一规则同一天只能有一个版本生效。",
                });
                return;
            }
        }

        earlier.Add((version, from, until));
    }

    private static string Period(DateOnly from, DateOnly? until) =>
        $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}–{until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";

    private static DateOnly? ParseDate(string? value, string name, bool required, Action<string> err)
    {
        if (value is null)
        {
            if (required)
            {
                err($"Properties.{name} (yyyy-MM-dd) is required.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        err($"Properties.{name} '{value}' is not a date yyyy-MM-dd.");
        return null;
    }
}
