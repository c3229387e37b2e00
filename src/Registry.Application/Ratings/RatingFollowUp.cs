namespace Registry.Application.Ratings;

/// <summary>
/// A 差评 follow-up (差评整改): the office verifies the complaint, rectifies and replies to the applicant by
/// <see cref="DueAt"/> (working days from the rating, office calendar). Tracked like an inspection's rectification.
/// </summary>
/// <param name="Id">Follow-up id.</param>
/// <param name="RatingId">The rating that opened it.</param>
/// <param name="CaseNumber">The case.</param>
/// <param name="BusinessType">The case's business type code.</param>
/// <param name="Examiner">The staff member who decided the case.</param>
/// <param name="Level">The rating's grade.</param>
/// <param name="Reasons">The rating's reasons.</param>
/// <param name="Comment">The applicant's words.</param>
/// <param name="DueAt">When the answer is due (the end of the last working day).</param>
/// <param name="Events">Events in order; the first is <see cref="FollowUpEventKind.Opened"/>.</param>
public sealed record RatingFollowUp(
    Guid Id,
    Guid RatingId,
    string CaseNumber,
    string BusinessType,
    string Examiner,
    SatisfactionLevel Level,
    IReadOnlyList<RatingReason> Reasons,
    string? Comment,
    DateTimeOffset DueAt,
    IReadOnlyList<FollowUpEvent> Events)
{
    /// <summary>Where it stands, from the last event.</summary>
    public FollowUpState State => Events.Count == 0 ? FollowUpState.Open : Events[^1].Kind switch
    {
        FollowUpEventKind.Answered => FollowUpState.Answered,
        FollowUpEventKind.Closed => FollowUpState.Closed,
        _ => FollowUpState.Open,
    };

    /// <summary>Sequence of the last event (what an action on it must expect).</summary>
    public int LastSequence => Events.Count == 0 ? 0 : Events[^1].Sequence;

    /// <summary>True when it is not closed and its due time has passed.</summary>
    public bool IsOverdue(DateTimeOffset now) => State != FollowUpState.Closed && now > DueAt;
}
