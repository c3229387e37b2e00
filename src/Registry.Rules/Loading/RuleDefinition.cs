using Registry.Application.Review;

namespace Registry.Rules.Loading;

/// <summary>A validated rule: metadata plus expression text (not yet compiled).</summary>
internal sealed record RuleDefinition(
    string Code,
    string Reference,
    string NameZh,
    string NameEn,
    string Category,
    RuleSeverity Severity,
    int Version,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    IReadOnlyList<string> BusinessTypes,
    IReadOnlyList<string> ExcludeTypes,
    IReadOnlyList<RuleStage> Stages,
    string MessageZh,
    string MessageEn,
    string Expression,
    IReadOnlyList<(string Name, string Expression)> Facts);
