namespace Registry.Application.Ratings;

/// <summary>One appended event of a follow-up.</summary>
/// <param name="Sequence">1 for <see cref="FollowUpEventKind.Opened"/>, then 2, 3… without gaps.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">User name (<c>applicant</c> for the opening).</param>
/// <param name="ActorName">Display name.</param>
/// <param name="At">When.</param>
/// <param name="Text">What was verified and rectified, or the note.</param>
/// <param name="Reply">What the applicant was told (on <see cref="FollowUpEventKind.Answered"/>).</param>
public sealed record FollowUpEvent(int Sequence, FollowUpEventKind Kind, string Actor, string ActorName, DateTimeOffset At, string? Text, string? Reply = null);
