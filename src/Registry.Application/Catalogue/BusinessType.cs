namespace Registry.Application.Catalogue;

/// <summary>
/// A registration business type (业务类型): what a case of this type runs (workflow, rule sets), needs (materials), may take
/// (time limit, announcement), changes in the register (effect templates, in booking order) and hands out (certificate).
/// </summary>
public sealed record BusinessType
{
    /// <summary>Stable code, e.g. <c>HouseTransferResale</c> (the code rules name in BusinessTypes).</summary>
    public required string Code { get; init; }

    /// <summary>Names.</summary>
    public required CatalogueText Name { get; init; }

    /// <summary>Category code.</summary>
    public required string Category { get; init; }

    /// <summary>Registration kind (登记类型): First, Change, Transfer, Cancellation, Correction, Objection, PreNotice, Seizure, CertificateService or Combined.</summary>
    public required string Kind { get; init; }

    /// <summary>Who applies: J joint, S single, E entrusted, O ex officio, G government-organised.</summary>
    public required IReadOnlyList<string> Application { get; init; }

    /// <summary>Workflow definition id (in workflows/catalogue/workflows).</summary>
    public required string WorkflowId { get; init; }

    /// <summary>Rule sets bound to the type (names as in rules/).</summary>
    public required IReadOnlyList<string> RuleSets { get; init; }

    /// <summary>Statutory or promised time limit class: <c>TL-INSTANT</c> or <c>TL-n</c> working days (parse with Registry.Scheduling's TimeLimit).</summary>
    public required string TimeLimit { get; init; }

    /// <summary>Local variants of the time limit.</summary>
    public string? TimeLimitNote { get; init; }

    /// <summary>An announcement (公告) of at least 15 working days runs before booking.</summary>
    public required bool Announcement { get; init; }

    /// <summary>When an announcement applies in some cases only.</summary>
    public string? AnnouncementNote { get; init; }

    /// <summary>Certificate, certification or none.</summary>
    public required CertificateKind Certificate { get; init; }

    /// <summary>Further documents a combined type hands out, e.g. the mortgagee's certification beside the buyer's certificate.</summary>
    public IReadOnlyList<CertificateKind> AlsoIssues { get; init; } = [];

    /// <summary>Every document the type hands out (empty for none).</summary>
    public IReadOnlyList<CertificateKind> Certificates => [.. new[] { Certificate }.Concat(AlsoIssues).Where(c => c != CertificateKind.None).Distinct()];

    /// <summary>Materials checklist.</summary>
    public required IReadOnlyList<MaterialRequirement> Materials { get; init; }

    /// <summary>Register effect templates in booking order.</summary>
    public required IReadOnlyList<EffectTemplate> Effects { get; init; }

    /// <summary>For a combined type: its single types in booking order.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>Automatic approval is allowed when every rule passes (the workflow has an auto-decision node).</summary>
    public bool AutoApproval { get; init; }

    /// <summary>Notes, sources and open questions.</summary>
    public string? Notes { get; init; }

    /// <summary>The catalogue file the type was read from.</summary>
    public required string SourceFile { get; init; }
}
