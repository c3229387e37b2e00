using Registry.Application.Catalogue;

namespace Registry.Application.Designer;

/// <summary>
/// Which workflow definition a new case of a business type starts on: the type's stored binding (set by a business admin,
/// effective for the next case, no restart), else the catalogue file's <see cref="BusinessType.WorkflowId"/>. A running
/// case is not affected: its instance keeps the definition and version it started on.
/// </summary>
public interface IBusinessTypeWorkflows
{
    /// <summary>The definition id a new case of <paramref name="type"/> starts on.</summary>
    Task<string> WorkflowIdAsync(BusinessType type, CancellationToken cancellationToken = default);

    /// <summary>First run: stores the catalogue's binding of every type that has none; returns how many were stored.</summary>
    Task<int> SeedFromCatalogueAsync(CancellationToken cancellationToken = default);
}
