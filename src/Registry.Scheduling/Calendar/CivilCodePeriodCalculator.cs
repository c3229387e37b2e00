namespace Registry.Scheduling.Calendar;

/// <summary>
/// Periods counted in calendar days, months or years (objection 15 days, pre-notice 90 days, seizure 3 years):
/// the start day is not counted (Civil Code 201); a month or year period ends on the corresponding day, or on the
/// month's last day if there is none (202); a last day on a statutory holiday or a rest weekend moves to the next
/// working day (203, with weekends treated as rest days as offices do; a 调休 weekend is a working day).
/// </summary>
/// <param name="calendar">The calendar that decides which days are rest days.</param>
public sealed class CivilCodePeriodCalculator(IWorkingDayCalendar calendar)
{
    /// <summary>The end of a period of <paramref name="days"/> calendar days after <paramref name="start"/>.</summary>
    /// <param name="start">The day the period starts from (not counted), e.g. the booking date of an objection.</param>
    /// <param name="days">The length in calendar days; at least 1.</param>
    /// <param name="allowProvisional">If true, an end in a year that is not loaded gives a provisional result instead of an exception.</param>
    /// <returns>The nominal and effective last day.</returns>
    /// <exception cref="CalendarYearNotLoadedException">The end lies in a year that is not loaded and <paramref name="allowProvisional"/> is false.</exception>
    public StatutoryPeriodEnd AfterDays(DateOnly start, int days, bool allowProvisional = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return Resolve(start.AddDays(days), allowProvisional);
    }

    /// <summary>The end of a period of <paramref name="months"/> months after <paramref name="start"/> (clamped to the month's last day).</summary>
    /// <param name="start">The day the period starts from (not counted).</param>
    /// <param name="months">The length in months; at least 1.</param>
    /// <param name="allowProvisional">If true, an end in a year that is not loaded gives a provisional result instead of an exception.</param>
    /// <returns>The nominal and effective last day.</returns>
    /// <exception cref="CalendarYearNotLoadedException">The end lies in a year that is not loaded and <paramref name="allowProvisional"/> is false.</exception>
    public StatutoryPeriodEnd AfterMonths(DateOnly start, int months, bool allowProvisional = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return Resolve(start.AddMonths(months), allowProvisional);
    }

    /// <summary>The end of a period of <paramref name="years"/> years after <paramref name="start"/> (29 February clamps to 28 February).</summary>
    /// <param name="start">The day the period starts from (not counted), e.g. the seizure date.</param>
    /// <param name="years">The length in years; at least 1.</param>
    /// <param name="allowProvisional">If true, an end in a year that is not loaded gives a provisional result instead of an exception.</param>
    /// <returns>The nominal and effective last day.</returns>
    /// <exception cref="CalendarYearNotLoadedException">The end lies in a year that is not loaded and <paramref name="allowProvisional"/> is false.</exception>
    public StatutoryPeriodEnd AfterYears(DateOnly start, int years, bool allowProvisional = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return Resolve(start.AddYears(years), allowProvisional);
    }

    private StatutoryPeriodEnd Resolve(DateOnly nominal, bool allowProvisional)
    {
        try
        {
            var effective = calendar.NextWorkingDayOnOrAfter(nominal);
            var provisional = calendar.IsProvisionalBetween(nominal, effective);
            if (provisional && !allowProvisional)
            {
                throw new CalendarYearNotLoadedException(calendar.IsYearLoaded(nominal.Year) ? effective.Year : nominal.Year, calendar.FirstYear, calendar.LastYear);
            }

            // On a provisional year the extension follows the statutory holidays only (no 调休 yet).
            return new StatutoryPeriodEnd(nominal, effective, provisional);
        }
        catch (CalendarYearNotLoadedException) when (allowProvisional)
        {
            return new StatutoryPeriodEnd(nominal, nominal, IsProvisional: true);
        }
    }
}
