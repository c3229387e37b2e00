namespace Registry.Application.RuleSets;

/// <summary>One rule as the designer's form edits it (the fields of the rule-set file format).</summary>
public sealed record RuleDraft
{
    /// <summary>Rule code (RuleName), e.g. REG-SEIZURE-BLOCKS-DISPOSAL.</summary>
    public required string Code { get; init; }

    /// <summary>False: kept in the set but not run.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Reference in register-rules.md (Ref).</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>Name in Chinese.</summary>
    public string NameZh { get; init; } = string.Empty;

    /// <summary>Name in English.</summary>
    public string NameEn { get; init; } = string.Empty;

    /// <summary>Category code (parties, unit, rights, materials, tax, consistency; or the self-check ones).</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>block, warn or info.</summary>
    public string Severity { get; init; } = "warn";

    /// <summary>The rule's version (set on publish).</summary>
    public int Version { get; init; } = 1;

    /// <summary>First day in force.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last day in force (null: open).</summary>
    public DateOnly? EffectiveUntil { get; init; }

    /// <summary>Business types (codes, globs, groups) it applies to.</summary>
    public IReadOnlyList<string> BusinessTypes { get; init; } = [];

    /// <summary>Business types it does not apply to.</summary>
    public IReadOnlyList<string> ExcludeTypes { get; init; } = [];

    /// <summary>Stages: INTAKE, REVIEW, BOOK (review) or QC (self-check).</summary>
    public IReadOnlyList<string> Stages { get; init; } = [];

    /// <summary>Message template in Chinese, with {Fact} placeholders.</summary>
    public string MessageZh { get; init; } = string.Empty;

    /// <summary>Message template in English.</summary>
    public string MessageEn { get; init; } = string.Empty;

    /// <summary>The condition (true = pass).</summary>
    public string Expression { get; init; } = "true";

    /// <summary>Named facts (LocalParams): name and expression, recorded with every finding and usable as placeholders.</summary>
    public IReadOnlyList<RuleDraftFact> Facts { get; init; } = [];

    /// <summary>Legal basis, free text (Basis).</summary>
    public string? Basis { get; init; }
}
