using Microsoft.EntityFrameworkCore;
using Registry.Application.Designer;

namespace Registry.Persistence.Workflows;

/// <summary>
/// The bindings on the database. Uses the workflow stores' context pool, which joins a running case command's transaction,
/// so the acceptance that reads a binding reads it in the transaction it commits in.
/// </summary>
internal sealed class EfBusinessTypeWorkflowStore(IDbContextFactory<RegistryDbContext> factory) : IBusinessTypeWorkflowStore
{
    public async Task<BusinessTypeWorkflowBinding?> FindAsync(string businessType, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Set<BusinessTypeWorkflowRow>().AsNoTracking().FirstOrDefaultAsync(r => r.BusinessType == businessType, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToBinding(row);
    }

    public async Task<IReadOnlyList<BusinessTypeWorkflowBinding>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<BusinessTypeWorkflowRow>().AsNoTracking().OrderBy(r => r.BusinessType).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToBinding)];
    }

    public async Task SaveAsync(BusinessTypeWorkflowBinding binding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(binding);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Set<BusinessTypeWorkflowRow>().FirstOrDefaultAsync(r => r.BusinessType == binding.BusinessType, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            db.Add(new BusinessTypeWorkflowRow { BusinessType = binding.BusinessType, DefinitionId = binding.DefinitionId, BoundAt = binding.BoundAt, BoundBy = binding.BoundBy });
        }
        else
        {
            row.DefinitionId = binding.DefinitionId;
            row.BoundAt = binding.BoundAt;
            row.BoundBy = binding.BoundBy;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> AddMissingAsync(IReadOnlyList<BusinessTypeWorkflowBinding> bindings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var existing = (await db.Set<BusinessTypeWorkflowRow>().Select(r => r.BusinessType).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var binding in bindings.Where(b => existing.Add(b.BusinessType)))
        {
            db.Add(new BusinessTypeWorkflowRow { BusinessType = binding.BusinessType, DefinitionId = binding.DefinitionId, BoundAt = binding.BoundAt, BoundBy = binding.BoundBy });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    private static BusinessTypeWorkflowBinding ToBinding(BusinessTypeWorkflowRow row) => new(row.BusinessType, row.DefinitionId, row.BoundAt, row.BoundBy);
}
