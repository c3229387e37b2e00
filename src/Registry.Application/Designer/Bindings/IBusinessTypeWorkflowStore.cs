namespace Registry.Application.Designer;

/// <summary>Stores which workflow definition each business type runs (persistence implements it on the database).</summary>
public interface IBusinessTypeWorkflowStore
{
    /// <summary>The binding of one type, or null when it has none stored.</summary>
    Task<BusinessTypeWorkflowBinding?> FindAsync(string businessType, CancellationToken cancellationToken = default);

    /// <summary>Every stored binding.</summary>
    Task<IReadOnlyList<BusinessTypeWorkflowBinding>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the binding of a type.</summary>
    Task SaveAsync(BusinessTypeWorkflowBinding binding, CancellationToken cancellationToken = default);

    /// <summary>Inserts the bindings whose type has none yet (a stored binding is never overwritten); returns how many were added.</summary>
    Task<int> AddMissingAsync(IReadOnlyList<BusinessTypeWorkflowBinding> bindings, CancellationToken cancellationToken = default);
}
