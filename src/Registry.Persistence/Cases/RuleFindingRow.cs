namespace Registry.Persistence.Cases;

/// <summary>One rule's result for one unit of a case in one run, with the rendered message and the facts used (JSON).</summary>
internal sealed class RuleFindingRow
{
    public Guid RunId { get; set; }

    public int Ordinal { get; set; }

    public Guid CaseId { get; set; }

    public required string Stage { get; set; }

    public required string UnitCode { get; set; }

    public required string RuleCode { get; set; }

    public required string Reference { get; set; }

    public int RuleVersion { get; set; }

    public required string RuleSet { get; set; }

    /// <summary>The rule-set version the finding came from (0 for findings stored before rule sets were versioned).</summary>
    public int RuleSetVersion { get; set; }

    public required string Category { get; set; }

    public required string Severity { get; set; }

    public required string Outcome { get; set; }

    public required string NameZh { get; set; }

    public string? MessageZh { get; set; }

    public string? MessageEn { get; set; }

    /// <summary>The named facts as a JSON array of {"Name","Value"}.</summary>
    public required string FactsJson { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }
}
