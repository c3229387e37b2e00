namespace Registry.Scheduling.Deadlines;

/// <summary>Where a case stands against its deadline (超时预警).</summary>
public enum DeadlineState
{
    /// <summary>Normal (green): less than the warning share of the limit used.</summary>
    Green = 0,

    /// <summary>Warning (yellow/amber, 预警): the warning share used, or few working days left.</summary>
    Amber = 1,

    /// <summary>Due today (orange): the deadline is the current day (for TL-INSTANT: the alert lead time before close of business).</summary>
    DueToday = 2,

    /// <summary>Overdue (red, 超期): past the due instant.</summary>
    Overdue = 3,

    /// <summary>The clock is paused (suspended): the deadline moves with the pause.</summary>
    Paused = 4,
}
