using System.Collections.Concurrent;

namespace Registry.Application.Designer;

/// <summary>Bindings kept in memory (composition without a database); the database store replaces it.</summary>
internal sealed class InMemoryBusinessTypeWorkflowStore : IBusinessTypeWorkflowStore
{
    private readonly ConcurrentDictionary<string, BusinessTypeWorkflowBinding> _rows = new(StringComparer.Ordinal);

    public Task<BusinessTypeWorkflowBinding?> FindAsync(string businessType, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.GetValueOrDefault(businessType));

    public Task<IReadOnlyList<BusinessTypeWorkflowBinding>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BusinessTypeWorkflowBinding>>([.. _rows.Values.OrderBy(b => b.BusinessType, StringComparer.Ordinal)]);

    public Task SaveAsync(BusinessTypeWorkflowBinding binding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(binding);
        _rows[binding.BusinessType] = binding;
        return Task.CompletedTask;
    }

    public Task<int> AddMissingAsync(IReadOnlyList<BusinessTypeWorkflowBinding> bindings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        return Task.FromResult(bindings.Count(b => _rows.TryAdd(b.BusinessType, b)));
    }
}
