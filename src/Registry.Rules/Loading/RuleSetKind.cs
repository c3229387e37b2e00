namespace Registry.Rules.Loading;

/// <summary>Which fact root a rule set reads.</summary>
internal enum RuleSetKind
{
    /// <summary>Review rules read <c>f</c>: ReviewFacts.</summary>
    Review,

    /// <summary>Self-check rules read <c>f</c>: FinishedCaseFacts.</summary>
    SelfCheck,
}
