namespace Registry.Domain.Cases;

/// <summary>
/// The legal status moves of a case. Forward: Accepted → UnderReview → Approved → Recorded → Completed. Returns:
/// UnderReview → Accepted (补正), Approved → UnderReview. Before recording a case can be rejected, withdrawn or
/// suspended; a suspended case resumes to the status it was suspended from (or is rejected or withdrawn).
/// Recorded cases only complete: the register has changed. Completed, Rejected and Withdrawn are final.
/// </summary>
public static class CaseStatusRules
{
    /// <summary>True for the final statuses.</summary>
    public static bool IsTerminal(CaseStatus status) => status is CaseStatus.Completed or CaseStatus.Rejected or CaseStatus.Withdrawn;

    /// <summary>Statuses reachable from <paramref name="from"/>; <paramref name="resumeTarget"/> is where a suspended case returns.</summary>
    public static IReadOnlyList<CaseStatus> Next(CaseStatus from, CaseStatus? resumeTarget = null) => from switch
    {
        CaseStatus.Accepted => [CaseStatus.UnderReview, CaseStatus.Rejected, CaseStatus.Withdrawn, CaseStatus.Suspended],
        CaseStatus.UnderReview => [CaseStatus.Approved, CaseStatus.Accepted, CaseStatus.Rejected, CaseStatus.Withdrawn, CaseStatus.Suspended],
        CaseStatus.Approved => [CaseStatus.Recorded, CaseStatus.UnderReview, CaseStatus.Rejected, CaseStatus.Withdrawn, CaseStatus.Suspended],
        CaseStatus.Recorded => [CaseStatus.Completed],
        CaseStatus.Suspended => resumeTarget is { } r ? [r, CaseStatus.Rejected, CaseStatus.Withdrawn] : [CaseStatus.Rejected, CaseStatus.Withdrawn],
        _ => [],
    };

    /// <summary>True when <paramref name="from"/> → <paramref name="to"/> is legal.</summary>
    public static bool CanMove(CaseStatus from, CaseStatus to, CaseStatus? resumeTarget = null) => Next(from, resumeTarget).Contains(to);
}
