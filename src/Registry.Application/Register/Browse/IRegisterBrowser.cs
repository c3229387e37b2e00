namespace Registry.Application.Register.Browse;

/// <summary>
/// Read side of the register book (登记簿) for the consoles: search units and read a unit's
/// register as of any instant, with its history. Implemented by the persistence layer.
/// </summary>
public interface IRegisterBrowser
{
    /// <summary>
    /// Finds units whose code starts with, whose location (坐落) contains, or whose current
    /// right holder's name contains <see cref="UnitSearch.Text"/>. Results are ordered by unit code.
    /// </summary>
    /// <exception cref="Fields.FieldTooLongException">The text is longer than <see cref="Fields.FieldLimits.Search"/>.</exception>
    Task<PagedResult<UnitSummary>> SearchAsync(UnitSearch query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The register of one unit as it stood at <paramref name="asOf"/> (now when null);
    /// null when no unit has that code.
    /// </summary>
    Task<UnitRegisterView?> GetUnitAsync(string unitCode, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Every register entry ever written for the unit, oldest first, including closed ones.</summary>
    Task<IReadOnlyList<RegisterHistoryEntry>> GetHistoryAsync(string unitCode, CancellationToken cancellationToken = default);
}
