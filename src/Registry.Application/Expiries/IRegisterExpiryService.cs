namespace Registry.Application.Expiries;

/// <summary>Registers the own end dates of objections, pre-notices and seizures, and the events that change them.</summary>
public interface IRegisterExpiryService
{
    /// <summary>An objection was booked on <paramref name="bookedOn"/>: it lapses after 15 calendar days without a court filing.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="entryReference">The objection's case number or entry id.</param>
    /// <param name="bookedOn">The booking date (China date; not counted).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expiry.</returns>
    Task<RegisterExpiryRecord> TrackObjectionAsync(string unitCode, string entryReference, DateOnly bookedOn, CancellationToken cancellationToken = default);

    /// <summary>A court or arbitration acceptance notice was filed for the objection: its lapse is cancelled.</summary>
    /// <param name="entryReference">The objection.</param>
    /// <param name="document">The filing (court, case number).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cancelled expiry.</returns>
    /// <exception cref="InvalidOperationException">The objection already lapsed or is not tracked.</exception>
    Task<RegisterExpiryRecord> RecordCourtFilingAsync(string entryReference, string document, CancellationToken cancellationToken = default);

    /// <summary>The main registration matching a pre-notice became possible on <paramref name="mainPossibleOn"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="entryReference">The pre-notice.</param>
    /// <param name="mainPossibleOn">The day D (e.g. the building's first registration was booked).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expiry.</returns>
    Task<RegisterExpiryRecord> TrackPreNoticeAsync(string unitCode, string entryReference, DateOnly mainPossibleOn, CancellationToken cancellationToken = default);

    /// <summary>A seizure was booked; it ends at <paramref name="endsOn"/> (from the ruling) or after the default term.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="entryReference">The seizure.</param>
    /// <param name="startsOn">The seizure start.</param>
    /// <param name="endsOn">The end date in the ruling, if given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expiry.</returns>
    Task<RegisterExpiryRecord> TrackSeizureAsync(string unitCode, string entryReference, DateOnly startsOn, DateOnly? endsOn = null, CancellationToken cancellationToken = default);

    /// <summary>A renewal (续封) was booked before the end: the seizure now ends at <paramref name="newEndsOn"/> or one default term later.</summary>
    /// <param name="entryReference">The seizure.</param>
    /// <param name="newEndsOn">The new end date in the renewal ruling, if given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated expiry.</returns>
    /// <exception cref="InvalidOperationException">The seizure already expired or is not tracked.</exception>
    Task<RegisterExpiryRecord> RenewSeizureAsync(string entryReference, DateOnly? newEndsOn = null, CancellationToken cancellationToken = default);

    /// <summary>The entry was cancelled by a case (e.g. <c>ObjectionCancel</c>, seizure release): stop tracking.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="entryReference">The entry.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cancelled expiry.</returns>
    Task<RegisterExpiryRecord> CancelAsync(RegisterExpiryKind kind, string entryReference, string reason, CancellationToken cancellationToken = default);

    /// <summary>The current expiry of an entry, or null.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="entryReference">The entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expiry or null.</returns>
    Task<RegisterExpiryRecord?> FindAsync(RegisterExpiryKind kind, string entryReference, CancellationToken cancellationToken = default);
}
