namespace Registry.Application.Review;

/// <summary>
/// Auto-approval (register-rules.md §0.2): approve only when every applicable block rule passed, no warn rule fired
/// and nothing errored. Anything else goes to an examiner with the findings. Info findings never stop approval.
/// </summary>
public static class AutoApprovalPolicy
{
    /// <summary>Decides from an evaluation result.</summary>
    public static AutoApprovalDecision Decide(RuleEvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reasons = result.Findings
            .Where(f => f.Outcome == RuleOutcome.Error
                || (f.Outcome == RuleOutcome.Fail && f.Severity != RuleSeverity.Info))
            .OrderByDescending(f => f.Outcome == RuleOutcome.Error ? 3 : (int)f.Severity)
            .ToList();
        return new AutoApprovalDecision(reasons.Count == 0 ? AutoApprovalVerdict.Approve : AutoApprovalVerdict.RouteToExaminer, reasons);
    }
}
