namespace Registry.Application.Review;

/// <summary>The explained result of one rule for one case: what ran, what it decided and on which facts.</summary>
public sealed record RuleFinding
{
    /// <summary>Stable rule code, e.g. REG-SEIZURE-BLOCKS-DISPOSAL.</summary>
    public required string RuleCode { get; init; }

    /// <summary>Reference id in register-rules.md, e.g. SEI-01.</summary>
    public required string Reference { get; init; }

    /// <summary>Rule version.</summary>
    public required int RuleVersion { get; init; }

    /// <summary>Rule set the rule belongs to.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Version of the rule set that produced the finding (the published version the review ran on).</summary>
    public int RuleSetVersion { get; init; }

    /// <summary>Category: review (parties, unit, rights, materials, tax, consistency) or self-check (principle, content, certificate, term, timeliness, reporting).</summary>
    public required string Category { get; init; }

    /// <summary>Severity.</summary>
    public required RuleSeverity Severity { get; init; }

    /// <summary>Pass, fail or error.</summary>
    public required RuleOutcome Outcome { get; init; }

    /// <summary>Rule name in Chinese.</summary>
    public required string NameZh { get; init; }

    /// <summary>Rendered Chinese message; set when the rule failed or errored.</summary>
    public string? MessageZh { get; init; }

    /// <summary>Rendered English message; set when the rule failed or errored.</summary>
    public string? MessageEn { get; init; }

    /// <summary>The named fact values the rule declared, as evaluated.</summary>
    public IReadOnlyList<FactValue> Facts { get; init; } = [];

    /// <summary>For an error outcome: what went wrong.</summary>
    public string? Error { get; init; }
}
