using Registry.Application.Designer;

namespace Registry.Application.RuleSets;

/// <summary>
/// Dry runs of a rule-set draft (试运行) before publishing: on a real case, and over the last finished cases. Facts come
/// from the production fact builders; nothing is stored. Business admins only (checked first).
/// </summary>
public interface IRuleSetDryRun
{
    /// <summary>Which rules of the draft's set fire on the case and why (their facts), beside the published version.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="draftJson">The draft (must validate).</param>
    /// <param name="caseNumber">The case number.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rows, or throws <see cref="KeyNotFoundException"/> naming an unknown case.</returns>
    Task<RuleDryRunCaseResult> OnCaseAsync(DesignerUser user, string draftJson, string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>Over the last <paramref name="count"/> finished cases: how many would newly fire or stop firing, with the list.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="draftJson">The draft (must validate).</param>
    /// <param name="count">How many of the most recently finished cases (default 1,000).</param>
    /// <param name="progress">Told after each case.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The counts and the list.</returns>
    Task<RuleDryRunBatchResult> OnFinishedCasesAsync(DesignerUser user, string draftJson, int count = 1000, IProgress<RuleDryRunProgress>? progress = null, CancellationToken cancellationToken = default);
}
