namespace Registry.Application.Deadlines;

/// <summary>A case's deadline as the consoles show it.</summary>
/// <param name="CaseNumber">The case number.</param>
/// <param name="BusinessType">The business type.</param>
/// <param name="Stage">Green, amber, red, escalated or closed.</param>
/// <param name="DueAt">The due instant.</param>
/// <param name="RemainingWorkingDays">Working days after today up to the due date (0 when due today or overdue).</param>
/// <param name="IsPaused">Whether the clock is stopped.</param>
/// <param name="TimeLimitCode">The limit class.</param>
/// <param name="IsProvisional">Whether the due date is provisional (computed on a year whose official calendar is not loaded).</param>
public sealed record CaseDeadlineView(
    string CaseNumber,
    string BusinessType,
    DeadlineStage Stage,
    DateTimeOffset DueAt,
    int RemainingWorkingDays,
    bool IsPaused,
    string TimeLimitCode,
    bool IsProvisional = false);
