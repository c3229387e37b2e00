using Registry.Workflows.Ports;

namespace Registry.Application.Review;

/// <summary>
/// One stored evaluation of a case (审核记录): which rule sets ran at which stage, the verdict and every finding with its
/// explanation. Identified by <see cref="Id"/>; <see cref="IdempotencyKey"/> makes a retried engine call return this run.
/// </summary>
public sealed record ReviewRun
{
    /// <summary>Run id (the reference the engine keeps in its journal).</summary>
    public required Guid Id { get; init; }

    /// <summary>The case's id.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The case number.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>The engine's idempotency key, or a generated one for runs outside the engine.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The name the engine asked for, e.g. house-transfer-resale.intake.</summary>
    public required string RequestName { get; init; }

    /// <summary>Stage evaluated.</summary>
    public required RuleStage Stage { get; init; }

    /// <summary>Overall verdict.</summary>
    public required RuleSetVerdict Verdict { get; init; }

    /// <summary>For an auto-decision run: whether <see cref="AutoApprovalPolicy"/> approved; null for plain rule checks.</summary>
    public bool? AutoApproved { get; init; }

    /// <summary>When the rules ran.</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>Rule sets evaluated, as name@version.</summary>
    public IReadOnlyList<string> RuleSets { get; init; } = [];

    /// <summary>Every applicable rule's finding, passes included, per unit.</summary>
    public IReadOnlyList<StoredFinding> Findings { get; init; } = [];

    /// <summary>The reference handed to the engine: <c>review-run:{Id}</c>.</summary>
    public string Reference => $"review-run:{Id:D}";

    /// <summary>Failed or errored findings.</summary>
    public IEnumerable<StoredFinding> Problems => Findings.Where(f => f.Finding.Outcome != RuleOutcome.Pass);
}
