namespace Registry.Persistence.Cases;

/// <summary>One stored rule evaluation of a case; IdempotencyKey is unique.</summary>
internal sealed class ReviewRunRow
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string CaseNumber { get; set; }

    public required string IdempotencyKey { get; set; }

    public required string RequestName { get; set; }

    public required string Stage { get; set; }

    public required string Verdict { get; set; }

    public bool? AutoApproved { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }

    /// <summary>name@version, joined with commas.</summary>
    public required string RuleSets { get; set; }
}
