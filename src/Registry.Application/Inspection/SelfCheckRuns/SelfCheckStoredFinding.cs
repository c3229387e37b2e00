using Registry.Application.Review;

namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>One failed or errored self-check rule on a case, as stored with its rule set and rule identifiers.</summary>
/// <param name="RuleSet">Rule set the rule belongs to.</param>
/// <param name="RuleCode">Rule code, e.g. REG-QC-PRENOTICE-AT-BOOKING.</param>
/// <param name="RuleVersion">Rule version.</param>
/// <param name="Reference">Reference id in register-rules.md, e.g. QC-P-01.</param>
/// <param name="Category">Self-check category.</param>
/// <param name="Severity">Severity.</param>
/// <param name="Outcome">Fail or Error.</param>
/// <param name="NameZh">Rule name in Chinese.</param>
/// <param name="MessageZh">Chinese message.</param>
/// <param name="MessageEn">English message.</param>
/// <param name="Error">For an error: what went wrong.</param>
public sealed record SelfCheckStoredFinding(
    string RuleSet,
    string RuleCode,
    int RuleVersion,
    string Reference,
    string Category,
    RuleSeverity Severity,
    RuleOutcome Outcome,
    string NameZh,
    string? MessageZh,
    string? MessageEn,
    string? Error)
{
    /// <summary>The stored form of a finding.</summary>
    public static SelfCheckStoredFinding From(RuleFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new SelfCheckStoredFinding(finding.RuleSet, finding.RuleCode, finding.RuleVersion, finding.Reference, finding.Category,
            finding.Severity, finding.Outcome, finding.NameZh, finding.MessageZh, finding.MessageEn, finding.Error);
    }
}
