namespace Registry.Application.Examination;

/// <summary>An examiner's decision on one task, as entered in the decision form.</summary>
public sealed record DecisionRequest
{
    /// <summary>The decision.</summary>
    public required DecisionKind Kind { get; init; }

    /// <summary>审核意见: the opinion written into the register file and the journal.</summary>
    public string? Opinion { get; init; }

    /// <summary>For <see cref="DecisionKind.Return"/>: the earlier task node to return to.</summary>
    public string? ReturnTo { get; init; }

    /// <summary>Reason code: a return reason, a refusal ground, or a suspension reason (see <see cref="ReasonCatalogue"/>).</summary>
    public string? ReasonCode { get; init; }
}
