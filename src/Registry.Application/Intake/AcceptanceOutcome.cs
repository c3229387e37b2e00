using Registry.Application.Review;
using Registry.Domain.Cases;

namespace Registry.Application.Intake;

/// <summary>What the acceptance window shows once an application is accepted.</summary>
/// <param name="CaseNumber">The new case's number (业务号).</param>
/// <param name="Status">The case's status after the automatic steps.</param>
/// <param name="AutoApproved">The type's automatic approval approved the case without a person.</param>
/// <param name="Findings">Failed or errored rule findings of the intelligent review, Block first, each once per unit and rule.</param>
/// <param name="RulesPassed">How many rule checks passed.</param>
/// <param name="ReviewError">Set when the review could not run; the case is accepted and the examiner's check will run it.</param>
/// <param name="Scans">Scans attached to the case.</param>
/// <param name="ScanError">Set when the scans could not be attached; the case is accepted without them.</param>
public sealed record AcceptanceOutcome(
    string CaseNumber,
    CaseStatus Status,
    bool AutoApproved,
    IReadOnlyList<StoredFinding> Findings,
    int RulesPassed,
    string? ReviewError,
    IReadOnlyList<MaterialScan> Scans,
    string? ScanError)
{
    /// <summary>The applicant's query code (查询码) for the progress page, shown only on this receipt.</summary>
    public string? QueryCode { get; init; }

    /// <summary>A block rule failed (or a rule errored): the case cannot go on until it is cleared.</summary>
    public bool Blocked => Findings.Any(f => f.Finding.Outcome == RuleOutcome.Error || f.Finding.Severity == RuleSeverity.Block);
}
