namespace Registry.Application.Designer;

/// <summary>One rule of a rule set.</summary>
/// <param name="Name">The rule name (e.g. <c>REG-PARTY-ID-VALID</c>).</param>
/// <param name="NameZh">Chinese title.</param>
/// <param name="NameEn">English title.</param>
/// <param name="Severity">block, warn or info.</param>
/// <param name="Expression">The rule's lambda expression.</param>
/// <param name="Stages">Stages it runs at, joined.</param>
/// <param name="BusinessTypes">Business types it applies to, joined (<c>*</c> for all).</param>
/// <param name="EffectiveFrom">The date it takes effect, as written.</param>
public sealed record RuleSummary(string Name, string? NameZh, string? NameEn, string? Severity, string Expression, string Stages, string BusinessTypes, string? EffectiveFrom);
