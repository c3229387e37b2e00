using System.Collections.Immutable;

namespace Registry.Workflows.Runtime;

/// <summary>A person's decision on a human task.</summary>
/// <param name="Actor">Who decides (name or user id; shown in the journal and in conflict errors).</param>
/// <param name="Outcome">One of the task's allowed outcomes (approve, return, reject, suspend).</param>
/// <param name="Opinion">The examiner's opinion (意见); required when the task says so.</param>
/// <param name="ReturnTo">For <c>return</c>: the earlier human task to return to (the start task means supplement 补正, which pauses the clock); null follows the definition's return transition.</param>
/// <param name="ReasonCode">For return/reject/suspend: the reason code.</param>
/// <param name="ReasonText">For return/reject/suspend: the reason text.</param>
/// <param name="Inputs">Form field values; those named by the task's form fields are copied into instance variables.</param>
public sealed record TaskDecision(
    string Actor,
    string Outcome,
    string? Opinion = null,
    string? ReturnTo = null,
    string? ReasonCode = null,
    string? ReasonText = null,
    ImmutableDictionary<string, string>? Inputs = null);
