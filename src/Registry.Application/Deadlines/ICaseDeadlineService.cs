namespace Registry.Application.Deadlines;

/// <summary>
/// Case deadlines as data (办理时限): started at acceptance, paused and resumed by announcement, supplement or survey,
/// extended with approval, closed on completion. Warnings are sent by the deadline sweep, never by these calls.
/// </summary>
public interface ICaseDeadlineService
{
    /// <summary>Starts the clock of an accepted case.</summary>
    /// <param name="request">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored deadline.</returns>
    /// <exception cref="ArgumentException">The time-limit code is invalid (named in the message).</exception>
    /// <exception cref="CaseDeadlineConflictException">The case is already tracked.</exception>
    Task<CaseDeadlineRecord> TrackAsync(TrackCaseDeadline request, CancellationToken cancellationToken = default);

    /// <summary>Stops the clock now.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="reason">Why (公告, 补正, survey…).</param>
    /// <param name="document">The document that starts the pause, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated deadline.</returns>
    Task<CaseDeadlineRecord> PauseAsync(string caseNumber, ClockStopReason reason, string? document = null, CancellationToken cancellationToken = default);

    /// <summary>Restarts the clock now; the deadline moves by the paused working days.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="reason">Which open pause ends.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated deadline.</returns>
    /// <exception cref="InvalidOperationException">No open pause has that reason.</exception>
    Task<CaseDeadlineRecord> ResumeAsync(string caseNumber, ClockStopReason reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the case's pauses equal to the workflow instance's paused clock intervals (<c>WorkflowInstance.PauseIntervals</c>:
    /// supplement 补正, suspension 中止, announcement 公告 and other paused waits; open ones included) and recomputes the due date
    /// and the next check. Idempotent: a second call with the same intervals writes nothing. Intervals that keep the clock
    /// running are ignored. Joins the caller's ambient transaction when there is one (it opens none of its own beyond the store's).
    /// </summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="pauses">The instance's intervals (those with another effect than paused are ignored).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deadline after the call; null when the case has no tracked deadline.</returns>
    /// <exception cref="CaseDeadlineConflictException">Another writer changed the deadline at the same time.</exception>
    Task<CaseDeadlineRecord?> SyncClockAsync(string caseNumber, IReadOnlyList<Registry.Workflows.Runtime.ClockInterval> pauses, CancellationToken cancellationToken = default);

    /// <summary>Adds an approved extension (延期). Refused without a reason or an approver.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="workingDays">Working days added; at least 1.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="approvedBy">Who approved; required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated deadline.</returns>
    /// <exception cref="ArgumentException">The reason or the approver is missing (the message names which).</exception>
    Task<CaseDeadlineRecord> ExtendAsync(string caseNumber, int workingDays, string? reason, string? approvedBy, CancellationToken cancellationToken = default);

    /// <summary>Stops tracking a finished case (办结).</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The closed deadline.</returns>
    Task<CaseDeadlineRecord> CloseAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>The deadline of a case now, with its remaining working days.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view.</returns>
    /// <exception cref="CaseDeadlineNotFoundException">The case is not tracked.</exception>
    Task<CaseDeadlineView> GetRemainingAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>The deadlines of several cases now, read together (a worklist page); untracked cases are absent.</summary>
    /// <param name="caseNumbers">The cases.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Views by case number.</returns>
    async Task<IReadOnlyDictionary<string, CaseDeadlineView>> GetRemainingManyAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default)
    {
        // Fallback for implementations without a batched read: one lookup per case.
        ArgumentNullException.ThrowIfNull(caseNumbers);
        var found = new Dictionary<string, CaseDeadlineView>(StringComparer.Ordinal);
        foreach (var number in caseNumbers.Distinct(StringComparer.Ordinal))
        {
            try
            {
                found[number] = await GetRemainingAsync(number, cancellationToken).ConfigureAwait(false);
            }
            catch (CaseDeadlineNotFoundException)
            {
                // Not tracked: left out.
            }
        }

        return found;
    }

    /// <summary>Open deadlines of one stage, earliest due first (for the consoles).</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Rows per page, 1–500.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<CaseDeadlinePage> ListOpenAsync(DeadlineStage stage, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default);
}
