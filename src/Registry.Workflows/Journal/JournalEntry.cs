using System.Collections.Immutable;

namespace Registry.Workflows.Journal;

/// <summary>One append-only journal line of an instance.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Sequence">1-based, gap-free order within the instance.</param>
/// <param name="At">When.</param>
/// <param name="Action">What happened.</param>
/// <param name="NodeId">The node concerned, if any.</param>
/// <param name="NodeName">The node's display name, if any.</param>
/// <param name="Actor">Who (a person, or <c>system</c>).</param>
/// <param name="Outcome">The outcome, if any.</param>
/// <param name="Opinion">The opinion or reason text, if any.</param>
/// <param name="Inputs">Inputs given with the step (form fields, reason code, return target, signal payload).</param>
/// <param name="RuleResultReference">Reference to stored rule results, for rule-check and auto-decision steps.</param>
public sealed record JournalEntry(
    Guid InstanceId,
    long Sequence,
    DateTimeOffset At,
    JournalAction Action,
    string? NodeId,
    string? NodeName,
    string Actor,
    string? Outcome,
    string? Opinion,
    ImmutableDictionary<string, string> Inputs,
    string? RuleResultReference);
