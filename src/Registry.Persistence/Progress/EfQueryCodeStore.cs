using Microsoft.EntityFrameworkCore;
using Registry.Application.Progress;

namespace Registry.Persistence.Progress;

/// <summary>Query codes on the registry database; an add joins the running case command (acceptance).</summary>
internal sealed class EfQueryCodeStore(IDbContextFactory<RegistryDbContext> factory) : IQueryCodeStore
{
    public async Task AddAsync(StoredQueryCode code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Add(new CaseQueryCodeRow { CaseNumber = code.CaseNumber, Salt = code.Salt, Hash = code.Hash, CreatedAt = code.CreatedAt });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<StoredQueryCode?> FindAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CaseQueryCodeRow>().AsNoTracking().FirstOrDefaultAsync(r => r.CaseNumber == caseNumber, cancellationToken);
        return row is null ? null : new StoredQueryCode(row.CaseNumber, row.Salt, row.Hash, row.CreatedAt);
    }
}
