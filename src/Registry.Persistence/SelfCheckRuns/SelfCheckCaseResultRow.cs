namespace Registry.Persistence.SelfCheckRuns;

/// <summary>The self-check of one case under one rule-set version; the key (case, version) makes a re-run replace it.</summary>
internal sealed class SelfCheckCaseResultRow
{
    public required string CaseNumber { get; set; }

    public required string RuleSetVersion { get; set; }

    public required string BusinessType { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public Guid RunId { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    public bool Skipped { get; set; }

    public int FindingCount { get; set; }
}
