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

    /// <summary>
    /// The run's findings as one JSON array (see <see cref="FindingsJson"/>); null for runs stored before the column existed,
    /// whose findings are rows in <c>RuleFindings</c>.
    /// </summary>
    public string? FindingsJson { get; set; }
}
