namespace Registry.Application.Review;

/// <summary>Severity of a rule (register-rules.md §0.2).</summary>
public enum RuleSeverity
{
    /// <summary>Shown only.</summary>
    Info,

    /// <summary>The examiner must acknowledge it.</summary>
    Warn,

    /// <summary>The case cannot go on until the condition is cleared.</summary>
    Block,
}
