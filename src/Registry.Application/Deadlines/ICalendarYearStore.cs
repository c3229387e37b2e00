namespace Registry.Application.Deadlines;

/// <summary>Storage of official calendar years loaded after deployment (implemented by the persistence layer).</summary>
public interface ICalendarYearStore
{
    /// <summary>Every stored year, ascending.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The years.</returns>
    Task<IReadOnlyList<StoredCalendarYear>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a year, replacing an earlier load of the same year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task SaveAsync(StoredCalendarYear year, CancellationToken cancellationToken = default);
}
