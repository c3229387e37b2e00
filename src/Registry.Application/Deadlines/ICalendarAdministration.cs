using Registry.Application.Designer;

namespace Registry.Application.Deadlines;

/// <summary>
/// The working-day calendar's years as the business admin (业务管理) manages them: which years are official (loaded from the
/// State Council's yearly notice) and which are provisional (statutory holidays only, no 调休), and loading a year's file,
/// after which the open cases' deadlines are recomputed. Every call that changes data checks the business-admin role.
/// </summary>
public interface ICalendarAdministration
{
    /// <summary>The years from <paramref name="fromYear"/> to <paramref name="toYear"/>, each official or provisional.</summary>
    /// <param name="fromYear">The first year listed.</param>
    /// <param name="toYear">The last year listed.</param>
    /// <returns>One summary per year.</returns>
    IReadOnlyList<CalendarYearSummary> ListYears(int fromYear, int toYear);

    /// <summary>
    /// Validates a year file (as <c>calendars/calendar.schema.json</c> and the loader's checks say), stores it as the official
    /// calendar of its year, puts it in use at once and recomputes every open case's deadline. Nothing is stored when the file
    /// is refused.
    /// </summary>
    /// <param name="content">The file's bytes (JSON).</param>
    /// <param name="fileName">The uploaded file's name, which must be <c>&lt;year&gt;.json</c>; null to skip that check.</param>
    /// <param name="user">Must be a business admin.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The year and how many deadlines were recomputed.</returns>
    /// <exception cref="DesignerAccessDeniedException">The user is not a business admin.</exception>
    /// <exception cref="CalendarFileRejectedException">The file is invalid (the message names the field or the date).</exception>
    Task<CalendarLoadResult> LoadYearAsync(byte[] content, string? fileName, DesignerUser user, CancellationToken cancellationToken = default);

    /// <summary>Puts the years stored by earlier loads in use (at start-up, after the database is migrated).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many stored years were put in use.</returns>
    Task<int> RestoreStoredYearsAsync(CancellationToken cancellationToken = default);
}
