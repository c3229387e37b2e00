using Microsoft.EntityFrameworkCore;
using Registry.Application.Dashboard;
using Registry.Domain.Cases;

namespace Registry.Persistence.Dashboard;

/// <summary>
/// Writes a completed case's <see cref="CaseFiguresRow"/> on the running case command's connection and transaction (the
/// ambient context factory), computed by <see cref="CaseFiguresProjection"/> from the rows the command has just stored.
/// </summary>
internal sealed class EfCaseFiguresWriter(IDbContextFactory<RegistryDbContext> contexts) : ICaseFiguresWriter
{
    public async Task WriteAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        if (registrationCase.Status != CaseStatus.Completed)
        {
            return;
        }

        var id = registrationCase.Id;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await CaseFiguresProjection.Completions(db)
            .Where(f => f.CaseId == id && !db.Set<CaseFiguresRow>().Any(x => x.CaseId == id))
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return;
        }

        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }
}
