using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Cases;

namespace Registry.Persistence.Demo;

/// <summary>Reads back the demo cases the first run created, so other areas (deadlines) can seed around them.</summary>
public static class DemoCaseQueries
{
    /// <summary>Number and business type of every open case, oldest first (at most <paramref name="max"/>).</summary>
    public static async Task<IReadOnlyList<(string CaseNumber, string BusinessType)>> ListOpenCasesAsync(this IServiceProvider services, int max = 200, CancellationToken cancellationToken = default) =>
        await ListOpenCasesAsync(services, withoutWorkflowOnly: false, max, cancellationToken);

    /// <summary>Open cases, optionally only those not yet bound to a workflow instance (demo cases are seeded as data).</summary>
    public static async Task<IReadOnlyList<(string CaseNumber, string BusinessType)>> ListOpenCasesAsync(this IServiceProvider services, bool withoutWorkflowOnly, int max = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CaseRow>().AsNoTracking()
            .Where(c => c.IsOpen && (!withoutWorkflowOnly || c.WorkflowInstanceId == null))
            .OrderBy(c => c.CaseNumber)
            .Take(max)
            .Select(c => new { c.CaseNumber, c.BusinessType })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.CaseNumber, r.BusinessType))];
    }
}
