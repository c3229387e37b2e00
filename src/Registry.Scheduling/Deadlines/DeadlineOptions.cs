namespace Registry.Scheduling.Deadlines;

/// <summary>Thresholds and office settings for deadlines. Bound from the <c>Deadlines</c> section.</summary>
public sealed class DeadlineOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Deadlines";

    /// <summary>Close of business, China time: a deadline falls due at this time on its last day. Default 17:30.</summary>
    public TimeOnly CloseOfBusiness { get; set; } = new(17, 30);

    /// <summary>Warning (amber) once this percentage of the limit is used. Default 60.</summary>
    public int AmberUsedPercent { get; set; } = 60;

    /// <summary>Warning (amber) once this many working days or fewer are left. Default 1.</summary>
    public int AmberRemainingWorkingDays { get; set; } = 1;

    /// <summary>TL-INSTANT cases turn due-today (orange) this long before close of business. Default 2 hours.</summary>
    public TimeSpan InstantAlertLeadTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Shanghai-style counting: the acceptance day is day 1 (so a 5-day limit ends one working day earlier).
    /// Default false: day 1 is the first working day after acceptance (Civil Code 201, Chongqing art. 25).
    /// </summary>
    public bool CountAcceptanceDayAsDayOne { get; set; }

    /// <summary>
    /// If true, a case accepted at or after <see cref="CloseOfBusiness"/> (e.g. online intake in the evening) starts its
    /// clock as if accepted on the next working day. Default false: the China date of acceptance decides, so a
    /// TL-INSTANT case accepted after close of business is overdue at once.
    /// </summary>
    public bool AcceptanceAfterCloseCountsAsNextDay { get; set; }
}
