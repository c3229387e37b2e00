using Microsoft.EntityFrameworkCore;
using Registry.Application.Api;
using Registry.Persistence.Notifications;

namespace Registry.Persistence.Api;

/// <summary>API clients, submissions and journal on the registry database; inside a case command they join its transaction.</summary>
internal sealed class EfApiStores(IDbContextFactory<RegistryDbContext> factory) : IApiClientStore, IApiSubmissionStore, IApiJournal
{
    public async Task AddAsync(ApiClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Add(new ApiClientRow
        {
            ClientId = client.ClientId,
            Kind = client.Kind,
            Name = client.Name,
            IdNumber = client.IdNumber,
            WebhookUrl = client.WebhookUrl?.AbsoluteUri,
            WebhookSecret = client.WebhookSecret,
            Enabled = client.Enabled,
            CreatedAt = client.CreatedAt,
            CreatedBy = client.CreatedBy,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ApiClient?> FindAsync(string clientId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ApiClientRow>().AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        return row is null ? null : ToClient(row);
    }

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ApiClientRow>().AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.ClientId, StringComparer.Ordinal).Select(ToClient).ToList();
    }

    public async Task<ApiSubmissionRecord?> FindByKeyAsync(string clientId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ApiSubmissionRow>().AsNoTracking().FirstOrDefaultAsync(s => s.ClientId == clientId && s.IdempotencyKey == idempotencyKey, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    public async Task<ApiSubmissionRecord?> FindByCaseAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ApiSubmissionRow>().AsNoTracking().FirstOrDefaultAsync(s => s.CaseNumber == caseNumber, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    public async Task AddAsync(ApiSubmissionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Add(new ApiSubmissionRow
        {
            CaseNumber = record.CaseNumber,
            ClientId = record.ClientId,
            IdempotencyKey = record.IdempotencyKey,
            RequestHash = record.RequestHash,
            SubmittedAt = record.SubmittedAt,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (OutboxWriter.IsUniqueViolation(e))
        {
            throw new DuplicateSubmissionException("The idempotency key was stored by a concurrent request.", e);
        }
    }

    public async Task AppendAsync(ApiJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Add(new ApiJournalRow { ClientId = entry.ClientId, Action = entry.Action, CaseNumber = entry.CaseNumber, Outcome = FitOutcome(entry.Outcome), At = entry.At, RemoteAddress = entry.RemoteAddress });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiJournalEntry>> ListAsync(string clientId, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ApiJournalRow>().AsNoTracking()
            .Where(j => j.ClientId == clientId)
            .OrderByDescending(j => j.Id)
            .Take(take)
            .Select(j => new ApiJournalEntry(j.ClientId, j.Action, j.CaseNumber, j.Outcome, j.At, j.RemoteAddress))
            .ToListAsync(cancellationToken);
    }

    // A refusal's description comes from the token server and may be long; the column keeps its first 200 characters.
    private static string FitOutcome(string outcome) => outcome.Length <= 200 ? outcome : outcome[..200];

    private static ApiClient ToClient(ApiClientRow row) => new(
        row.ClientId, row.Kind, row.Name, row.IdNumber, row.WebhookUrl is null ? null : new Uri(row.WebhookUrl), row.WebhookSecret, row.Enabled, row.CreatedAt, row.CreatedBy);

    private static ApiSubmissionRecord ToRecord(ApiSubmissionRow row) => new(row.CaseNumber, row.ClientId, row.IdempotencyKey, row.RequestHash, row.SubmittedAt);
}
