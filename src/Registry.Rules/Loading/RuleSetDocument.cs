namespace Registry.Rules.Loading;

// JSON shape of a rule-set file. The format is ours; it keeps the shape of Microsoft RulesEngine's Workflow JSON it began
// as (WorkflowName, Rules[RuleName, Expression, RuleExpressionType, LocalParams, Properties]), with our metadata in each
// rule's Properties and the file-level Kind/Version. RulesEngine itself is no longer used (NRules executes the rules).
internal sealed class RuleSetDocument
{
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? WorkflowName { get; set; }

    public string? Kind { get; set; }

    public int? Version { get; set; }

    public string? Description { get; set; }

    public List<RuleDocument>? Rules { get; set; }

    /// <summary>Derived facts (forward chaining): produced by rules of their own, read by the rules that need them.</summary>
    public List<DerivedFactDocument>? Derived { get; set; }
}

internal sealed class DerivedFactDocument
{
    public string? Name { get; set; }

    public string? NameZh { get; set; }

    public string? NameEn { get; set; }

    public string? Description { get; set; }

    public List<DerivedKindDocument>? Kinds { get; set; }
}

internal sealed class DerivedKindDocument
{
    public string? Kind { get; set; }

    public string? Exists { get; set; }
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
