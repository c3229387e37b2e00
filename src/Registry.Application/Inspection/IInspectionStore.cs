namespace Registry.Application.Inspection;

/// <summary>
/// Stores samples, verdicts and rectifications. Verdicts and rectification events are only ever appended; a second
/// append of the same revision or sequence is refused with <see cref="InspectionConflictException"/> naming the first.
/// </summary>
public interface IInspectionStore
{
    /// <summary>Completed cases whose completion falls in [<paramref name="from"/>, <paramref name="toExclusive"/>), optionally of one business type, in case-number order.</summary>
    Task<IReadOnlyList<FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>Case numbers already drawn into a sample, of cases completed in [<paramref name="from"/>, <paramref name="toExclusive"/>).</summary>
    Task<IReadOnlySet<string>> ListSampledCaseNumbersAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default);

    /// <summary>Stores a new sample with its cases.</summary>
    Task AddSampleAsync(InspectionSample sample, CancellationToken cancellationToken = default);

    /// <summary>All samples, newest first, with their progress.</summary>
    Task<IReadOnlyList<InspectionSampleSummary>> ListSamplesAsync(CancellationToken cancellationToken = default);

    /// <summary>One sample with its cases; null when there is none.</summary>
    Task<InspectionSample?> FindSampleAsync(Guid sampleId, CancellationToken cancellationToken = default);

    /// <summary>Every verdict revision of a sample (of one case when <paramref name="caseNumber"/> is given), oldest first.</summary>
    Task<IReadOnlyList<InspectionVerdict>> ListVerdictsAsync(Guid sampleId, string? caseNumber = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a verdict and, for a 不合格 verdict, its rectification, in one transaction.
    /// </summary>
    /// <exception cref="InspectionConflictException">That revision of the case was already recorded (by whom is named).</exception>
    Task AppendVerdictAsync(InspectionVerdict verdict, Rectification? rectification, CancellationToken cancellationToken = default);

    /// <summary>One rectification with its events; null when there is none.</summary>
    Task<Rectification?> FindRectificationAsync(Guid rectificationId, CancellationToken cancellationToken = default);

    /// <summary>Rectifications addressed to <paramref name="assignee"/> and/or of one sample (null = any), newest first.</summary>
    Task<IReadOnlyList<Rectification>> ListRectificationsAsync(string? assignee, Guid? sampleId, CancellationToken cancellationToken = default);

    /// <summary>Appends an event to a rectification.</summary>
    /// <exception cref="InspectionConflictException">That sequence was already appended (by whom is named).</exception>
    Task AppendRectificationEventAsync(Guid rectificationId, RectificationEvent rectificationEvent, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sampled cases completed in [<paramref name="from"/>, <paramref name="toExclusive"/>) that have a verdict, each case once
    /// with its latest verdict (a case drawn into two samples is not counted twice).
    /// </summary>
    Task<IReadOnlyList<InspectedCase>> ListInspectedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default);
}
