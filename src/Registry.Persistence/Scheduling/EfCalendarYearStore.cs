using Microsoft.EntityFrameworkCore;
using Registry.Application.Deadlines;

namespace Registry.Persistence.Scheduling;

/// <summary>Official calendar years loaded after deployment, one row per year (a later load of the year replaces it).</summary>
internal sealed class EfCalendarYearStore(IDbContextFactory<RegistryDbContext> factory) : ICalendarYearStore
{
    public async Task<IReadOnlyList<StoredCalendarYear>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CalendarYearRow>().AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredCalendarYear(r.Year, r.Content, r.LoadedAt, r.LoadedBy))];
    }

    public async Task SaveAsync(StoredCalendarYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<CalendarYearRow>().FirstOrDefaultAsync(y => y.Year == year.Year, cancellationToken);
        if (row is null)
        {
            db.Add(new CalendarYearRow { Year = year.Year, Content = year.Content, LoadedAt = year.LoadedAt, LoadedBy = year.LoadedBy });
        }
        else
        {
            row.Content = year.Content;
            row.LoadedAt = year.LoadedAt;
            row.LoadedBy = year.LoadedBy;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
