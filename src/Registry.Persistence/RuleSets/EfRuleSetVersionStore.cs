using Microsoft.EntityFrameworkCore;
using Registry.Application.RuleSets;

namespace Registry.Persistence.RuleSets;

/// <summary>
/// Published rule-set versions in the registry database. A version is one row plus one row per rule, inserted in one
/// SaveChanges (one transaction): nothing is half-published. The (name, version) key lets exactly one of two concurrent
/// publishes of the same next version in; the other is told who won.
/// </summary>
internal sealed class EfRuleSetVersionStore(IDbContextFactory<RegistryDbContext> contexts) : IRuleSetVersionStore
{
    public async Task<long> PublishedStampAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<RuleSetVersionRow>().LongCountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RuleSetVersionRecord>> ListLatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.Set<RuleSetVersionRow>().GroupBy(r => r.Name)
            .Select(g => new { Name = g.Key, Version = g.Max(r => r.Version) }).ToListAsync(cancellationToken);
        var result = new List<RuleSetVersionRecord>(latest.Count);
        foreach (var l in latest.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            result.Add((await LoadAsync(db, l.Name, l.Version, cancellationToken))!);
        }

        return result;
    }

    public async Task<IReadOnlyList<RuleSetVersionRecord>> ListVersionsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<RuleSetVersionRow>().AsNoTracking().Where(r => r.Name == name).OrderByDescending(r => r.Version).ToListAsync(cancellationToken);
        var rules = await db.Set<RuleVersionRow>().AsNoTracking().Where(r => r.RuleSetName == name).ToListAsync(cancellationToken);
        return [.. rows.Select(r => ToRecord(r, rules.Where(x => x.RuleSetVersion == r.Version)))];
    }

    public async Task<RuleSetVersionRecord?> FindAsync(string name, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, name, version, cancellationToken);
    }

    public async Task AppendAsync(RuleSetVersionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Set<RuleSetVersionRow>().Add(new RuleSetVersionRow
            {
                Name = record.Name,
                Version = record.Version,
                Kind = record.Kind,
                Document = record.Document,
                PublishedAt = record.PublishedAt,
                PublishedBy = record.PublishedBy,
                BasedOn = record.BasedOn,
                Note = record.Note,
            });
            db.Set<RuleVersionRow>().AddRange(record.Rules.Select(r => new RuleVersionRow
            {
                RuleSetName = record.Name,
                RuleSetVersion = record.Version,
                RuleCode = r.RuleCode,
                RuleVersion = r.RuleVersion,
                ContentHash = r.ContentHash,
            }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                // Fall through: find out whether another publish took this version (then say who), else rethrow below.
            }
        }

        var winner = await FindAsync(record.Name, record.Version, cancellationToken);
        throw winner is not null
            ? new RuleSetPublishConflictException(record.Name, winner.Version, winner.PublishedBy, winner.PublishedAt)
            : new InvalidOperationException($"rule set {record.Name} v{record.Version} could not be stored");
    }

    private static async Task<RuleSetVersionRecord?> LoadAsync(RegistryDbContext db, string name, int version, CancellationToken cancellationToken)
    {
        var row = await db.Set<RuleSetVersionRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name && r.Version == version, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var rules = await db.Set<RuleVersionRow>().AsNoTracking().Where(r => r.RuleSetName == name && r.RuleSetVersion == version).ToListAsync(cancellationToken);
        return ToRecord(row, rules);
    }

    private static RuleSetVersionRecord ToRecord(RuleSetVersionRow row, IEnumerable<RuleVersionRow> rules) =>
        new(row.Name, row.Version, row.Kind, row.Document, row.PublishedAt, row.PublishedBy, row.BasedOn, row.Note,
            [.. rules.OrderBy(r => r.RuleCode, StringComparer.Ordinal).ThenBy(r => r.RuleVersion).Select(r => new RuleVersionRecord(r.RuleCode, r.RuleVersion, r.ContentHash))]);
}
