namespace Registry.Rules.Loading;

// JSON shape of a rule-set file. It is RulesEngine's Workflow JSON (WorkflowName, Rules[RuleName, Expression,
// RuleExpressionType, LocalParams, Properties]) so RulesEngine itself can load the same file; our metadata sits in each
// rule's Properties and the file-level Kind/Version are extra members RulesEngine ignores.
internal sealed class RuleSetDocument
{
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? WorkflowName { get; set; }

    public string? Kind { get; set; }

    public int? Version { get; set; }

    public string? Description { get; set; }

    public List<RuleDocument>? Rules { get; set; }
}

internal sealed class RuleDocument
{
    public string? RuleName { get; set; }

    public string? Expression { get; set; }

    public string? RuleExpressionType { get; set; }

    public bool? Enabled { get; set; }

    public string? ErrorMessage { get; set; }

    public string? SuccessEvent { get; set; }

    public List<ScopedParamDocument>? LocalParams { get; set; }

    public RulePropertiesDocument? Properties { get; set; }
}

internal sealed class ScopedParamDocument
{
    public string? Name { get; set; }

    public string? Expression { get; set; }
}

internal sealed class RulePropertiesDocument
{
    public string? Ref { get; set; }

    public string? NameZh { get; set; }

    public string? NameEn { get; set; }

    public string? Category { get; set; }

    public string? Severity { get; set; }

    public int? Version { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? EffectiveUntil { get; set; }

    public List<string>? BusinessTypes { get; set; }

    public List<string>? ExcludeTypes { get; set; }

    public List<string>? Stages { get; set; }

    public string? MessageZh { get; set; }

    public string? MessageEn { get; set; }

    public string? Basis { get; set; }
}
