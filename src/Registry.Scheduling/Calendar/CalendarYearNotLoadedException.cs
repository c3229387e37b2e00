namespace Registry.Scheduling.Calendar;

/// <summary>
/// A date falls outside the years the calendar can compute at all (official years, and provisional years from 2000 to
/// 2100 derived from the statutory holidays). Years inside that range but without a loaded notice do not raise it.
/// </summary>
public sealed class CalendarYearNotLoadedException : InvalidOperationException
{
    /// <summary>Creates the exception for a year outside the loaded range.</summary>
    /// <param name="year">The year that is needed but not loaded.</param>
    /// <param name="firstLoadedYear">The first loaded year.</param>
    /// <param name="lastLoadedYear">The last loaded year.</param>
    public CalendarYearNotLoadedException(int year, int firstLoadedYear, int lastLoadedYear)
        : base($"The working-day calendar cannot compute dates in {year} (computable years: {firstLoadedYear}–{lastLoadedYear}). " +
               $"Load calendars/{year}.json from the State Council notice for {year} before computing dates in that year.")
    {
        Year = year;
        FirstLoadedYear = firstLoadedYear;
        LastLoadedYear = lastLoadedYear;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public CalendarYearNotLoadedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarYearNotLoadedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CalendarYearNotLoadedException()
    {
    }

    /// <summary>The year that is needed but not loaded.</summary>
    public int Year { get; }

    /// <summary>The first loaded year.</summary>
    public int FirstLoadedYear { get; }

    /// <summary>The last loaded year.</summary>
    public int LastLoadedYear { get; }
}
