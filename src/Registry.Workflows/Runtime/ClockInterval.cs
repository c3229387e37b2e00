namespace Registry.Workflows.Runtime;

/// <summary>An interval the scheduling layer must treat specially (supplement, suspension, announcement wait, ordinary return).</summary>
/// <param name="Start">When the interval started.</param>
/// <param name="End">When it ended; null while open.</param>
/// <param name="Effect">Whether the clock is paused or keeps running.</param>
/// <param name="Reason">Why: e.g. <c>supplement</c>, <c>suspension</c>, <c>return</c>, <c>wait:announcement-over</c>.</param>
/// <param name="ReasonCode">The business reason code given by the actor, if any.</param>
/// <param name="ReasonText">The reason text given by the actor, if any.</param>
/// <param name="NodeId">The node that opened the interval.</param>
public sealed record ClockInterval(
    DateTimeOffset Start,
    DateTimeOffset? End,
    ClockEffect Effect,
    string Reason,
    string? ReasonCode,
    string? ReasonText,
    string? NodeId);
