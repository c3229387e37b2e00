namespace Registry.Persistence.SelfCheckRuns;

/// <summary>One failed or errored rule of a stored case result, with the rule set and rule identifiers.</summary>
internal sealed class SelfCheckFindingRow
{
    public required string CaseNumber { get; set; }

    public required string RuleSetVersion { get; set; }

    public int Ordinal { get; set; }

    public required string RuleSet { get; set; }

    public required string RuleCode { get; set; }

    public int RuleVersion { get; set; }

    public required string Reference { get; set; }

    public required string Category { get; set; }

    public required string Severity { get; set; }

    public required string Outcome { get; set; }

    public required string NameZh { get; set; }

    public string? MessageZh { get; set; }

    public string? MessageEn { get; set; }

    public string? Error { get; set; }
}
