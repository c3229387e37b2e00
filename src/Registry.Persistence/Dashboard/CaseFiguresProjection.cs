using Registry.Domain.Cases;
using Registry.Domain.Parties;
using Registry.Persistence.Cases;
using Registry.Persistence.Scheduling;
using Registry.Persistence.Workflows;

namespace Registry.Persistence.Dashboard;

/// <summary>
/// The figures of every completed case, computed by the database from the case, its first move to Completed, its clock,
/// its review runs and its parties. The live write (one case, inside its command) and the backfill (cases without a row)
/// both use this one query, so they cannot compute a case differently.
/// </summary>
internal static class CaseFiguresProjection
{
    private const string Completed = nameof(CaseStatus.Completed);
    private const string OrganisationCode = "OrgCode";

    public static IQueryable<CaseFiguresRow> Completions(RegistryDbContext db) =>
        from h in db.Set<CaseStatusChangeRow>()
        where h.ToStatus == Completed
        // A case completes once; should history ever hold two completions, the first counts.
        where !db.Set<CaseStatusChangeRow>().Any(e => e.CaseId == h.CaseId && e.ToStatus == Completed && e.Ordinal < h.Ordinal)
        join c in db.Set<CaseRow>() on h.CaseId equals c.Id
        join d in db.Set<CaseDeadlineRow>() on c.CaseNumber equals d.CaseNumber into clocks
        from d in clocks.DefaultIfEmpty()
        select new CaseFiguresRow
        {
            CaseId = c.Id,
            CaseNumber = c.CaseNumber,
            BusinessType = c.BusinessType,
            Channel = c.Channel,
            AcceptedAt = c.AcceptedAt,
            AcceptedDay = OfficeDay.Of(c.AcceptedAt),
            CompletedAt = h.At,
            CompletedDay = OfficeDay.Of(h.At),
            DueAt = d == null ? null : d.DueAt,
            Clocked = d != null,
            OnTime = d != null && h.At <= d.DueAt,
            AutoApproved = db.Set<ReviewRunRow>().Any(r => r.CaseNumber == c.CaseNumber && r.AutoApproved == true),
            Enterprise = db.Set<CasePartyRow>().Any(p => p.CaseId == c.Id && (p.IdKind == Organisation.Kind || p.IdKind == OrganisationCode)),
        };
}
