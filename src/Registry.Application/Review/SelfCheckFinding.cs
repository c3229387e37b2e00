namespace Registry.Application.Review;

/// <summary>A self-check finding for one finished case.</summary>
/// <param name="CaseNo">The case.</param>
/// <param name="Finding">The explained finding (failed or errored).</param>
public sealed record SelfCheckFinding(string CaseNo, RuleFinding Finding);
