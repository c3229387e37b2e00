namespace Registry.Application.Inspection;

/// <summary>One appended event of a rectification.</summary>
/// <param name="Sequence">1 for <see cref="RectificationEventKind.Sent"/>, then 2, 3… without gaps.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">User name.</param>
/// <param name="ActorName">Display name.</param>
/// <param name="At">When.</param>
/// <param name="Text">The findings, the answer or the inspector's note.</param>
public sealed record RectificationEvent(int Sequence, RectificationEventKind Kind, string Actor, string ActorName, DateTimeOffset At, string? Text);
