using Microsoft.EntityFrameworkCore;
using Registry.Application.Documents;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Documents;

/// <summary>
/// A certificate's fate, read from the append-only register: an open entry is current; a closed one was replaced when the
/// case that closed it recorded an entry of the same kind on the unit, else cancelled. A successor that carries the same
/// number (a correction keeping the certificate) keeps it current.
/// </summary>
internal sealed class EfCertificateRegister(IDbContextFactory<RegistryDbContext> factory) : ICertificateRegister
{
    public async Task<CertificateRecord?> FindAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entries = db.Set<RegisterEntryRow>().AsNoTracking();
        var row = await entries.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (row?.CertificateNumber is not { } number)
        {
            return null;
        }

        if (row.ClosedAt is null)
        {
            return new CertificateRecord(row.Id, number, row.UnitCode, row.Kind, row.RecordedAt, CertificateStatus.Current, null);
        }

        var successors = await entries
            .Where(e => e.UnitCode == row.UnitCode && e.Kind == row.Kind && e.CaseNumber == row.ClosedByCaseNumber)
            .Select(e => new { e.CertificateNumber, e.ClosedAt })
            .ToListAsync(cancellationToken);
        var status = successors.Any(s => s.CertificateNumber == number && s.ClosedAt is null) ? CertificateStatus.Current
            : successors.Count > 0 ? CertificateStatus.Replaced
            : CertificateStatus.Cancelled;
        return new CertificateRecord(row.Id, number, row.UnitCode, row.Kind, row.RecordedAt, status, status == CertificateStatus.Current ? null : row.ClosedAt);
    }
}
