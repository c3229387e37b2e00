using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Deadlines;

/// <summary>A case's deadline and state at one instant.</summary>
/// <param name="State">The state.</param>
/// <param name="ClockStartDate">The acceptance date in China time, moved to the next working day if it was not one.</param>
/// <param name="DueDate">The last day (China date). While paused: as if the clock restarted at the evaluation instant.</param>
/// <param name="DueAt">Close of business on <paramref name="DueDate"/>, China time.</param>
/// <param name="EffectiveLimitWorkingDays">The limit plus approved extensions (0 for TL-INSTANT without extensions).</param>
/// <param name="UsedWorkingDays">Working days used, after exclusions (the current working day counts as used).</param>
/// <param name="RemainingWorkingDays">Working days after the current day up to and including the due date; 0 when due today or overdue.</param>
/// <param name="PausedWorkingDays">Working days excluded by pauses so far.</param>
/// <param name="ExtensionWorkingDays">Working days added by approved extensions.</param>
/// <param name="ActivePause">The open pause, when <see cref="State"/> is <see cref="DeadlineState.Paused"/>.</param>
/// <param name="IsProvisional">
/// Whether a year from the clock start to the due date has no loaded State Council notice, so the due date was counted on the
/// provisional calendar (statutory holidays, no 调休) and may move when that year's calendar is loaded.
/// </param>
public sealed record DeadlineStatus(
    DeadlineState State,
    DateOnly ClockStartDate,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    int EffectiveLimitWorkingDays,
    int UsedWorkingDays,
    int RemainingWorkingDays,
    int PausedWorkingDays,
    int ExtensionWorkingDays,
    ClockPause? ActivePause,
    bool IsProvisional = false);
