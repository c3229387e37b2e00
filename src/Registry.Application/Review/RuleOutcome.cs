namespace Registry.Application.Review;

/// <summary>Outcome of evaluating one rule against one set of facts.</summary>
public enum RuleOutcome
{
    /// <summary>The rule's condition holds.</summary>
    Pass,

    /// <summary>The rule's condition does not hold: the rule fires.</summary>
    Fail,

    /// <summary>The rule could not be evaluated (it threw). Never treated as a pass.</summary>
    Error,
}
