namespace Registry.Persistence.SelfCheckRuns;

/// <summary>
/// A stored self-check run. <see cref="Lease"/> is the concurrency token (a take-over changes it); <see cref="ActiveSlot"/>
/// is 1 while running and null otherwise, under a unique index: the database lets one run be active at a time.
/// </summary>
internal sealed class SelfCheckRunRow
{
    public Guid Id { get; set; }

    public required string Trigger { get; set; }

    public required string StartedBy { get; set; }

    public required string StartedByName { get; set; }

    public DateTimeOffset RangeFrom { get; set; }

    public DateTimeOffset RangeTo { get; set; }

    public required string RuleSetVersion { get; set; }

    public Guid Lease { get; set; }

    public required string Status { get; set; }

    public int? ActiveSlot { get; set; }

    public string? FailureReason { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset HeartbeatAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public long TotalCases { get; set; }

    public long CheckedCases { get; set; }

    public long CasesWithFindings { get; set; }

    public long SkippedCases { get; set; }

    public required string CountsJson { get; set; }

    public DateTimeOffset? CursorAt { get; set; }

    public string? CursorCase { get; set; }
}
