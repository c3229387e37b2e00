namespace Registry.Application.Review;

/// <summary>The auto-approval decision and the findings behind it.</summary>
/// <param name="Verdict">Approve or route to an examiner.</param>
/// <param name="Reasons">Findings that prevented approval (failed block or warn rules, errors); empty on approval.</param>
public sealed record AutoApprovalDecision(AutoApprovalVerdict Verdict, IReadOnlyList<RuleFinding> Reasons)
{
    /// <summary>One-line explanation in Chinese: the first reasons' messages joined.</summary>
    public string ExplanationZh => Reasons.Count == 0
        ? "全部规则通过，可自动审核通过。"
        : string.Join("；", Reasons.Select(r => r.MessageZh ?? r.RuleCode));
}
