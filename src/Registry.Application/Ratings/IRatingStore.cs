namespace Registry.Application.Ratings;

/// <summary>Stores ratings and their follow-ups. A case has at most one rating; follow-up events are only appended.</summary>
public interface IRatingStore
{
    /// <summary>The case's rating; null when it has none.</summary>
    Task<ServiceRating?> FindForCaseAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>Stores a rating and, for a 差评, its follow-up, in one transaction.</summary>
    /// <exception cref="RatingRefusedException">The case was already rated (<see cref="RatingRefusal.AlreadyRated"/>), also when another request won the race.</exception>
    Task AddAsync(ServiceRating rating, RatingFollowUp? followUp, CancellationToken cancellationToken = default);

    /// <summary>One follow-up with its events; null when there is none.</summary>
    Task<RatingFollowUp?> FindFollowUpAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Follow-ups, soonest due first; <paramref name="openOnly"/> leaves out the closed ones.</summary>
    Task<IReadOnlyList<RatingFollowUp>> ListFollowUpsAsync(bool openOnly, CancellationToken cancellationToken = default);

    /// <summary>Appends an event to a follow-up.</summary>
    /// <exception cref="RatingConflictException">That sequence was already appended (by whom is named).</exception>
    Task AppendFollowUpEventAsync(Guid followUpId, FollowUpEvent followUpEvent, CancellationToken cancellationToken = default);

    /// <summary>Grade and business type of the ratings given in [<paramref name="from"/>, <paramref name="toExclusive"/>), with when.</summary>
    Task<IReadOnlyList<(DateTimeOffset RatedAt, string BusinessType, SatisfactionLevel Level)>> ListGradesAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default);

    /// <summary>Due times of the follow-ups not closed.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ListOpenFollowUpDueTimesAsync(CancellationToken cancellationToken = default);
}
