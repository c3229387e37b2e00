using Microsoft.Extensions.Options;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Deadlines;

/// <summary>Deadlines counted in working days of the case's office calendar, in China time.</summary>
internal sealed class WorkingDayDeadlineCalculator(IOfficeCalendars calendars, IOptions<DeadlineOptions> options, TimeProvider timeProvider)
    : IDeadlineCalculator
{
    private readonly DeadlineOptions _options = options.Value;

    public DeadlineStatus EvaluateNow(CaseClock clock) => Evaluate(clock, timeProvider.GetUtcNow());

    public DeadlineStatus Evaluate(CaseClock clock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!clock.Limit.IsInstant && clock.Limit.WorkingDays < 1)
        {
            throw new ArgumentException("The clock's limit is neither TL-INSTANT nor at least one working day.", nameof(clock));
        }

        var calendar = calendars.ForOffice(clock.OfficeCode);
        var start = calendar.NextWorkingDayOnOrAfter(AcceptanceDate(clock.AcceptedAt));
        var today = ChinaTime.DateOf(at);
        var (paused, activePause) = PausedWorkingDays(calendar, clock, start, today, at);

        var extension = 0;
        foreach (var e in clock.Extensions)
        {
            extension += e.ApprovedAt <= at ? e.WorkingDays : 0;
        }

        var effective = clock.Limit.WorkingDays + extension;
        var offset = _options.CountAcceptanceDayAsDayOne ? Math.Max(0, effective - 1) : effective;
        var due = calendar.AddWorkingDays(start, offset + paused);
        var dueAt = ChinaTime.At(due, _options.CloseOfBusiness);
        var countFrom = today > start ? today : start;
        var remaining = Math.Max(0, calendar.CountWorkingDays(countFrom, due));
        var used = Math.Max(0, effective - remaining);

        var state = activePause is not null ? DeadlineState.Paused
            : at >= dueAt ? DeadlineState.Overdue
            : clock.Limit.IsInstant && extension == 0 ? InstantState(at, dueAt)
            : today == due ? DeadlineState.DueToday
            : IsAmber(used, remaining, effective) ? DeadlineState.Amber
            : DeadlineState.Green;

        return new DeadlineStatus(state, start, due, dueAt, effective, used, remaining, paused, extension, activePause,
            calendar.IsProvisionalBetween(start, due));
    }

    public DateTimeOffset? NextStateChange(CaseClock clock, DateTimeOffset after)
    {
        var status = Evaluate(clock, after);
        if (status.State is DeadlineState.Overdue or DeadlineState.Paused)
        {
            return null;
        }

        var calendar = calendars.ForOffice(clock.OfficeCode);
        List<DateTimeOffset> candidates = [status.DueAt];
        if (clock.Limit.IsInstant && status.ExtensionWorkingDays == 0)
        {
            candidates.Add(status.DueAt - _options.InstantAlertLeadTime);
        }
        else
        {
            candidates.Add(ChinaTime.StartOf(status.DueDate));
            var amberRemaining = AmberRemainingThreshold(status.EffectiveLimitWorkingDays);
            if (amberRemaining > 0 && amberRemaining < calendar.CountWorkingDays(status.ClockStartDate, status.DueDate))
            {
                candidates.Add(ChinaTime.StartOf(calendar.AddWorkingDays(status.DueDate, -amberRemaining)));
            }
        }

        candidates.Sort();
        foreach (var candidate in candidates)
        {
            if (candidate > after && Evaluate(clock, candidate).State != status.State)
            {
                return candidate;
            }
        }

        return null;
    }

    private DateOnly AcceptanceDate(DateTimeOffset acceptedAt)
    {
        var date = ChinaTime.DateOf(acceptedAt);
        var afterClose = TimeOnly.FromTimeSpan(acceptedAt.ToOffset(ChinaTime.Offset).TimeOfDay) >= _options.CloseOfBusiness;
        return _options.AcceptanceAfterCloseCountsAsNextDay && afterClose ? date.AddDays(1) : date;
    }

    private DeadlineState InstantState(DateTimeOffset at, DateTimeOffset dueAt) =>
        at >= dueAt - _options.InstantAlertLeadTime ? DeadlineState.DueToday : DeadlineState.Green;

    private bool IsAmber(int used, int remaining, int effective) =>
        remaining <= _options.AmberRemainingWorkingDays || (long)used * 100 >= (long)_options.AmberUsedPercent * effective;

    // The largest number of remaining working days at which the case is amber.
    private int AmberRemainingThreshold(int effective)
    {
        // used * 100 >= pct * effective  <=>  used >= ceil(pct * effective / 100)
        var usedForAmber = (int)(((long)_options.AmberUsedPercent * effective + 99) / 100);
        return Math.Max(_options.AmberRemainingWorkingDays, effective - usedForAmber);
    }

    // Working days inside the union of the pauses, as (startDate, endDate] ranges clipped to after the clock start.
    private static (int PausedDays, ClockPause? Active) PausedWorkingDays(
        IWorkingDayCalendar calendar, CaseClock clock, DateOnly start, DateOnly today, DateTimeOffset at)
    {
        if (clock.Pauses.Count == 0)
        {
            return (0, null);
        }

        ClockPause? active = null;
        var ranges = new List<(DateOnly From, DateOnly To)>(clock.Pauses.Count);
        foreach (var pause in clock.Pauses)
        {
            if (pause.Start > at)
            {
                continue;
            }

            DateOnly to;
            if (pause.End is { } end && end <= at)
            {
                to = ChinaTime.DateOf(end);
            }
            else
            {
                active ??= pause;
                to = today;
            }

            var from = ChinaTime.DateOf(pause.Start);
            from = from > start ? from : start;
            if (to > from)
            {
                ranges.Add((from, to));
            }
        }

        ranges.Sort();
        var total = 0;
        DateOnly? currentFrom = null;
        var currentTo = default(DateOnly);
        foreach (var (from, to) in ranges)
        {
            if (currentFrom is null || from > currentTo)
            {
                if (currentFrom is { } f)
                {
                    total += calendar.CountWorkingDays(f, currentTo);
                }

                currentFrom = from;
                currentTo = to;
            }
            else if (to > currentTo)
            {
                currentTo = to;
            }
        }

        if (currentFrom is { } last)
        {
            total += calendar.CountWorkingDays(last, currentTo);
        }

        return (total, active);
    }
}
