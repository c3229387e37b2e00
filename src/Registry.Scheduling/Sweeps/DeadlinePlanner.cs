using Microsoft.Extensions.Options;
using Registry.Application.Deadlines;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Deadlines;

namespace Registry.Scheduling.Sweeps;

/// <summary>Turns a stored clock into the instants the sweep acts on (due, amber-from, escalate-at) with the working-day calculator.</summary>
internal sealed class DeadlinePlanner(IDeadlineCalculator calculator, IOfficeCalendars calendars, IOptions<DeadlineOptions> deadlineOptions, IOptions<SchedulingOptions> options)
{
    public static CaseClock ToClock(CaseDeadlineRecord r) => new(r.AcceptedAt, TimeLimit.Parse(r.TimeLimitCode))
    {
        OfficeCode = r.OfficeCode,
        Pauses = r.Pauses.Select(p => new ClockPause(p.Start, p.End, (PauseReason)(int)p.Reason, p.Document)).ToList(),
        Extensions = r.Extensions.Select(e => new DeadlineExtension(e.WorkingDays, e.Reason, e.ApprovedBy, e.ApprovedAt)).ToList(),
    };

    /// <summary>
    /// Recomputes the instants at <paramref name="now"/>. The stage may only go down here (an extension or a pause
    /// can make a red case green); raising it is the sweep's job, because raising notifies.
    /// </summary>
    public CaseDeadlineRecord Plan(CaseDeadlineRecord r, DateTimeOffset now)
    {
        if (r.Stage == DeadlineStage.Closed)
        {
            return r with { NextCheckAt = null };
        }

        var clock = ToClock(r);
        var status = calculator.Evaluate(clock, now);
        var dueAt = status.DueAt;
        var escalateAt = options.Value.EscalateAfterWorkingDays <= 0
            ? dueAt
            : ChinaTime.At(calendars.ForOffice(r.OfficeCode).AddWorkingDays(status.DueDate, options.Value.EscalateAfterWorkingDays), deadlineOptions.Value.CloseOfBusiness);
        var amberFrom = status.State switch
        {
            DeadlineState.Green => calculator.NextStateChange(clock, now) ?? dueAt,
            DeadlineState.Paused => dueAt,
            _ => now < r.AmberFrom ? now : r.AmberFrom,
        };
        if (amberFrom > dueAt)
        {
            amberFrom = dueAt;
        }

        var planned = r with { DueAt = dueAt, AmberFrom = amberFrom, EscalateAt = escalateAt, IsProvisional = status.IsProvisional };
        var target = TargetStage(planned, now);
        var stage = status.State == DeadlineState.Paused ? r.Stage : (target < r.Stage ? target : r.Stage);
        planned = planned with { Stage = stage };
        return planned with { NextCheckAt = status.State == DeadlineState.Paused ? null : NextCheck(planned) };
    }

    /// <summary>The stage the stored instants give at <paramref name="at"/>.</summary>
    public static DeadlineStage TargetStage(CaseDeadlineRecord r, DateTimeOffset at) =>
        r.Stage == DeadlineStage.Closed ? DeadlineStage.Closed
        : at >= r.EscalateAt ? DeadlineStage.Escalated
        : at >= r.DueAt ? DeadlineStage.Red
        : at >= r.AmberFrom ? DeadlineStage.Amber
        : DeadlineStage.Green;

    /// <summary>When the stage after the stored one begins; null when nothing more can happen without an event.</summary>
    public static DateTimeOffset? NextCheck(CaseDeadlineRecord r) => r.IsPaused ? null : r.Stage switch
    {
        DeadlineStage.Green => r.AmberFrom,
        DeadlineStage.Amber => r.DueAt,
        DeadlineStage.Red => r.EscalateAt,
        _ => null,
    };
}
