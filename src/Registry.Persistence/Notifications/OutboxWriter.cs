using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Notifications;

namespace Registry.Persistence.Notifications;

/// <summary>Adds outbox messages to a context inside the caller's transaction, skipping dedupe keys already stored.</summary>
internal static class OutboxWriter
{
    public static async Task<int> AddNewAsync(RegistryDbContext db, IReadOnlyList<OutboxMessage> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        var keys = messages.Select(m => m.DedupeKey).ToList();
        var existing = await db.Set<OutboxMessageRow>().Where(m => keys.Contains(m.DedupeKey)).Select(m => m.DedupeKey).ToListAsync(cancellationToken);
        var seen = new HashSet<string>(existing, StringComparer.Ordinal);
        var added = 0;
        foreach (var message in messages)
        {
            if (seen.Add(message.DedupeKey))
            {
                db.Add(ToRow(message, now));
                added++;
            }
        }

        return added;
    }

    public static OutboxMessageRow ToRow(OutboxMessage message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Channel = message.Channel,
        Recipient = message.Recipient,
        TemplateKey = message.TemplateKey,
        ParametersJson = JsonSerializer.Serialize(message.Parameters),
        Text = message.Text,
        CaseNumber = message.CaseNumber,
        DedupeKey = message.DedupeKey,
        Status = OutboxStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public static OutboxMessage ToMessage(OutboxMessageRow row) =>
        new(row.Channel, row.Recipient, row.TemplateKey,
            JsonSerializer.Deserialize<Dictionary<string, string>>(row.ParametersJson) ?? [],
            row.Text, row.DedupeKey)
        {
            CaseNumber = row.CaseNumber,
        };

    /// <summary>Whether a save failed on a unique index (SQLite 19/2067, SQL Server 2601/2627, PostgreSQL 23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        _ => false,
    };
}
