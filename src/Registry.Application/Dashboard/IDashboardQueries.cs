namespace Registry.Application.Dashboard;

/// <summary>
/// Reads what the indicators are counted from, straight from the case, deadline, journal, self-check and inspection
/// tables and, for completed cases, from each case's figures row (written by <see cref="ICaseFiguresWriter"/> in the
/// command that completed it, so it cannot drift from the case) — indexed range reads, no cache. Instants are UTC; ranges
/// are [from, toExclusive).
/// </summary>
public interface IDashboardQueries
{
    /// <summary>Cases accepted in the range, counted by the database per type, channel and office day of acceptance.</summary>
    Task<IReadOnlyList<DashboardAcceptedBucket>> CountAcceptedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cases completed (办结) in the range, counted by the database per type and office days of acceptance and completion (the
    /// working-day calendar is applied to the days, not to each case).
    /// </summary>
    Task<IReadOnlyList<DashboardFinishedBucket>> CountFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>How many open cases are past their statutory due date at <paramref name="now"/>.</summary>
    Task<int> CountOverdueAsync(DateTimeOffset now, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>Cases accepted in the range.</summary>
    Task<IReadOnlyList<DashboardAcceptedCase>> ListAcceptedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>Cases completed (办结) in the range, with their clock and whether the automatic approval decided them.</summary>
    Task<IReadOnlyList<DashboardFinishedCase>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>Open cases whose statutory due date is before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<DashboardOverdueCase>> ListOverdueAsync(DateTimeOffset now, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>Returns (退回) and refusals (不予登记) decided in the range, with their reason codes.</summary>
    Task<IReadOnlyList<DashboardDecision>> ListReturnsAndRefusalsAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default);

    /// <summary>Cases of <paramref name="businessTypes"/> booked (登簿) in the range, with their acceptance time.</summary>
    Task<IReadOnlyList<DashboardRecordedCase>> ListRecordedAsync(DateTimeOffset from, DateTimeOffset toExclusive, IReadOnlyCollection<string> businessTypes, CancellationToken cancellationToken = default);

    /// <summary>The latest stored self-check result of each case completed in the range, with the categories it failed.</summary>
    Task<IReadOnlyList<DashboardSelfCheckedCase>> ListSelfCheckedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default);
}

/// <summary>A case accepted in the period.</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="Channel">Acceptance channel (<c>Counter</c>, <c>Online</c>, <c>BankBranch</c>, <c>Entrusted</c>).</param>
/// <param name="AcceptedAt">When it was accepted.</param>
public sealed record DashboardAcceptedCase(string CaseNumber, string BusinessType, string Channel, DateTimeOffset AcceptedAt);

/// <summary>A case completed in the period.</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="Channel">Acceptance channel.</param>
/// <param name="AcceptedAt">When it was accepted.</param>
/// <param name="CompletedAt">When it was completed (certificate issued, 办结).</param>
/// <param name="DueAt">Its statutory due date; null when the case had no tracked clock.</param>
/// <param name="AutoApproved">A stored review run approved it without a person.</param>
/// <param name="HasEnterpriseParty">A party is identified by a unified social credit code or an organisation code.</param>
public sealed record DashboardFinishedCase(string CaseNumber, string BusinessType, string Channel, DateTimeOffset AcceptedAt, DateTimeOffset CompletedAt, DateTimeOffset? DueAt, bool AutoApproved, bool HasEnterpriseParty);

/// <summary>An open case past its due date.</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="DueAt">Its due date.</param>
public sealed record DashboardOverdueCase(string CaseNumber, string BusinessType, DateTimeOffset DueAt);

/// <summary>A return or refusal.</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="Refusal">True for 不予登记, false for 退回.</param>
/// <param name="ReasonCode">The coded reason chosen; null when none was given.</param>
/// <param name="At">When.</param>
public sealed record DashboardDecision(string CaseNumber, string BusinessType, bool Refusal, string? ReasonCode, DateTimeOffset At);

/// <summary>A case booked in the period.</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="AcceptedAt">When it was accepted.</param>
/// <param name="RecordedAt">When it was booked.</param>
public sealed record DashboardRecordedCase(string CaseNumber, string BusinessType, DateTimeOffset AcceptedAt, DateTimeOffset RecordedAt);

/// <summary>A self-checked case and the rule categories in which it failed (empty when it passed).</summary>
/// <param name="CaseNumber">Case number.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="FailedCategories">Categories with a finding.</param>
public sealed record DashboardSelfCheckedCase(string CaseNumber, string BusinessType, IReadOnlyList<string> FailedCategories);

/// <summary>Accepted cases of one type and channel accepted on one office day.</summary>
/// <param name="BusinessType">Business type code.</param>
/// <param name="Channel">Acceptance channel.</param>
/// <param name="AcceptedDay">Office (China-time) day of acceptance.</param>
/// <param name="Count">How many.</param>
public sealed record DashboardAcceptedBucket(string BusinessType, string Channel, DateOnly AcceptedDay, int Count);

/// <summary>Completed cases of one type accepted on one office day and completed on another.</summary>
/// <param name="BusinessType">Business type code.</param>
/// <param name="AcceptedDay">Office day of acceptance.</param>
/// <param name="CompletedDay">Office day of completion.</param>
/// <param name="Count">How many.</param>
/// <param name="WithClock">Of those, with a statutory clock.</param>
/// <param name="OnTime">Of those, completed by the due date.</param>
/// <param name="AutoApproved">Of all, decided by the automatic approval.</param>
/// <param name="Enterprise">Of all, with an enterprise party.</param>
public sealed record DashboardFinishedBucket(string BusinessType, DateOnly AcceptedDay, DateOnly CompletedDay, int Count, int WithClock, int OnTime, int AutoApproved, int Enterprise);
