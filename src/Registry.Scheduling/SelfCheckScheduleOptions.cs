namespace Registry.Scheduling;

/// <summary>When the nightly self-check runs. Bound from the <c>SelfCheck</c> section (shared with the run options).</summary>
public sealed class SelfCheckScheduleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "SelfCheck";

    /// <summary>Whether the nightly job is scheduled (when Quartz jobs are on at all). Default true.</summary>
    public bool NightlyEnabled { get; set; } = true;

    /// <summary>Quartz cron expression in office time (Asia/Shanghai). Default <c>0 0 2 * * ?</c>: every day at 02:00.</summary>
    public string NightlyCron { get; set; } = "0 0 2 * * ?";
}
