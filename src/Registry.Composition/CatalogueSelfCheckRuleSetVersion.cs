using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Rules;

namespace Registry.Composition;

/// <summary>
/// The self-check rule set(s) loaded into the rules catalogue and their versions (<c>selfcheck@1</c>), read through the
/// rules layer's public <see cref="RuleSetCatalogue.RuleSets"/>. When rule sets become versioned database rows, this
/// is the one place that reads the published version instead.
/// </summary>
internal sealed class CatalogueSelfCheckRuleSetVersion(RuleSetCatalogue catalogue) : ISelfCheckRuleSetVersion
{
    public string Current { get; } = string.Join("+", catalogue.RuleSets
        .Where(s => s.Kind == "selfcheck")
        .OrderBy(s => s.Name, StringComparer.Ordinal)
        .Select(s => $"{s.Name}@{s.Version}"));
}
