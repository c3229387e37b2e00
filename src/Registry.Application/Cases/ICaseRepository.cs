using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Application.Cases;

/// <summary>Stores cases (业务件). Every write is one transaction; updates are guarded by the case's version.</summary>
public interface ICaseRepository
{
    /// <summary>Stores a newly accepted case (version becomes 1).</summary>
    /// <exception cref="Registry.Domain.DomainValidationException">A case with that number already exists.</exception>
    Task AddAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default);

    /// <summary>Loads a case by number; null when there is none.</summary>
    Task<RegistrationCase?> FindAsync(CaseNumber number, CancellationToken cancellationToken = default);

    /// <summary>Loads a case by id; null when there is none.</summary>
    Task<RegistrationCase?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the changes of a loaded case. When someone else saved the case since it was loaded nothing is written and
    /// <see cref="CaseConcurrencyException"/> is thrown; reload and retry.
    /// </summary>
    Task UpdateAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default);

    /// <summary>Open (not completed, rejected or withdrawn) cases on a unit, oldest first, except <paramref name="excluding"/>.</summary>
    Task<IReadOnlyList<OpenCaseSummary>> FindOpenOnUnitAsync(UnitCode unitCode, CaseNumber? excluding = null, CancellationToken cancellationToken = default);

    /// <summary>Streams completed cases (for self-check), in case-number order; memory stays bounded.</summary>
    IAsyncEnumerable<RegistrationCase> StreamFinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The <paramref name="count"/> completed cases that finished last, most recent first (by the time of their move to
    /// Completed; ties by case number). Reads only those cases, through the index on status moves.
    /// </summary>
    Task<IReadOnlyList<RegistrationCase>> FindLastFinishedAsync(int count, CancellationToken cancellationToken = default);
}
