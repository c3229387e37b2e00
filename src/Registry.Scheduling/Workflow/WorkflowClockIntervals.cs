using Registry.Application.Deadlines;
using Registry.Workflows.Runtime;

namespace Registry.Scheduling.Workflow;

/// <summary>
/// Maps the clock intervals the workflow engine records (<c>WorkflowInstance.PauseIntervals</c>:
/// supplement, suspension, waits) to clock stops; <see cref="ICaseDeadlineService.SyncClockAsync"/> uses it to make the
/// deadline's pauses equal the instance's paused intervals (a paused interval with no reason here becomes
/// <see cref="ClockStopReason.WorkflowWait"/>).
/// </summary>
public static class WorkflowClockIntervals
{
    /// <summary>
    /// The stop reason of an interval; null when the interval counts towards the limit (an ordinary return) or is a wait
    /// whose signal is not known to stop the clock (e.g. <c>wait:tax-paid</c>: whether the registry clock runs while tax is
    /// being paid is local practice — see the time-limits file, §2 — so the caller decides).
    /// </summary>
    /// <param name="interval">The engine's interval.</param>
    /// <returns>The reason, or null.</returns>
    public static ClockStopReason? ToStopReason(ClockInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (interval.Effect != ClockEffect.Paused)
        {
            return null;
        }

        var reason = interval.Reason;
        return reason switch
        {
            "supplement" => ClockStopReason.Supplement,
            // A suspension (中止) for an announcement or a survey (the decision form's reason codes) is recorded as that stop.
            "suspension" => interval.ReasonCode switch
            {
                "ANNOUNCEMENT" => ClockStopReason.Announcement,
                "SURVEY" => ClockStopReason.CadastralSurvey,
                _ => ClockStopReason.Suspension,
            },
            _ when reason.StartsWith("wait:announcement", StringComparison.Ordinal) => ClockStopReason.Announcement,
            _ when reason.StartsWith("wait:survey", StringComparison.Ordinal) || reason.StartsWith("wait:cadastral", StringComparison.Ordinal) => ClockStopReason.CadastralSurvey,
            _ when reason.StartsWith("wait:site-inspection", StringComparison.Ordinal) => ClockStopReason.SiteInspection,
            _ when reason.StartsWith("wait:tax-assessment", StringComparison.Ordinal) => ClockStopReason.TaxAssessment,
            _ => null,
        };
    }
}
