using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Register;

/// <summary>
/// Write side of the register book: loads and stores <see cref="UnitRegister"/> aggregates.
/// Storing appends new entries and closes entries; nothing is updated in place or deleted.
/// </summary>
public interface IRegisterRepository
{
    /// <summary>Loads the register of a unit with its full history; null when no unit has that code.</summary>
    Task<UnitRegister?> FindAsync(UnitCode unitCode, CancellationToken cancellationToken = default);

    /// <summary>Stores the register of a newly set unit.</summary>
    /// <exception cref="Registry.Domain.DomainValidationException">A unit with that code already exists.</exception>
    Task AddAsync(UnitRegister register, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the changes made to a loaded register (appended and closed entries). When another writer
    /// saved the same unit since it was loaded, nothing is written and
    /// <see cref="RegisterConcurrencyException"/> is thrown; reload and retry.
    /// </summary>
    Task SaveAsync(UnitRegister register, CancellationToken cancellationToken = default);
}
