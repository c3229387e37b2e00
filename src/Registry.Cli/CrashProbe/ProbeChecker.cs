using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Registry.Persistence.Workflows;
using Registry.Workflows.Runtime;

namespace Registry.Cli.CrashProbe;

/// <summary>
/// Reads the database file directly (an oracle independent of the stores) and checks that register, cases, certificate
/// numbers, journals and outbox agree, and that no open case is stranded:
/// a case is recorded exactly when the register holds its entries, with the case's certificate number; no entry belongs
/// to a case that is not recorded (or to no case, except the prepared starting register); each certificate series is
/// 1..n without gaps or duplicates and n is what its sequence consumed; every instance's journal verifies; outbox
/// messages belong to existing cases (certificate SMS only to recorded ones, naming the register's number); every open
/// case has a running workflow with an open task, signal, timer or incident, and a closed case's workflow has ended.
/// </summary>
internal static class ProbeChecker
{
    private static readonly HashSet<string> Recorded = new(StringComparer.Ordinal) { "Recorded", "Completed" };

    public static async Task<ProbeCheckReport> CheckAsync(IServiceProvider services, string database, IReadOnlySet<string> preparedCases, CancellationToken cancellationToken)
    {
        var violations = new List<string>();
        var builder = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);

        var cases = await ReadAsync(connection, "SELECT CaseNumber, Status, IsOpen, WorkflowInstanceId, IssuedCertificateNo FROM Cases", r =>
            (Number: r.GetString(0), Status: r.GetString(1), IsOpen: r.GetBoolean(2), Instance: r.IsDBNull(3) ? (Guid?)null : Guid.Parse(r.GetString(3)), Certificate: r.IsDBNull(4) ? null : r.GetString(4)), cancellationToken);
        var entries = await ReadAsync(connection, "SELECT UnitCode, Kind, CaseNumber, CertificateNumber FROM RegisterEntries", r =>
            (Unit: r.GetString(0), Kind: r.GetString(1), Case: r.GetString(2), Certificate: r.IsDBNull(3) ? null : r.GetString(3)), cancellationToken);
        var outbox = await ReadAsync(connection, "SELECT CaseNumber, TemplateKey, ParametersJson, DeliveredAt FROM OutboxMessages", r =>
            (Case: r.IsDBNull(0) ? null : r.GetString(0), Template: r.GetString(1), Parameters: r.GetString(2), Delivered: !r.IsDBNull(3)), cancellationToken);
        var sequences = await ReadAsync(connection, "SELECT Key, Value FROM Sequences WHERE Key LIKE 'certificate:%'", r => (Key: r.GetString(0), Value: r.GetInt32(1)), cancellationToken);

        var byNumber = cases.ToDictionary(c => c.Number, StringComparer.Ordinal);
        var entriesByCase = entries.ToLookup(e => e.Case, StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var own = entriesByCase[c.Number].ToList();
            if (Recorded.Contains(c.Status))
            {
                if (own.Count == 0)
                {
                    violations.Add($"case {c.Number} is {c.Status} but the register holds no entry of it");
                }

                var ownership = own.Where(e => e.Kind == "Ownership").ToList();
                if (ownership.Count > 1)
                {
                    violations.Add($"case {c.Number} booked {ownership.Count} ownership entries");
                }

                if (ownership.Count == 1 && (c.Certificate is null || ownership[0].Certificate != c.Certificate))
                {
                    violations.Add($"case {c.Number} carries certificate {c.Certificate ?? "none"}, the register {ownership[0].Certificate ?? "none"}");
                }
            }
            else if (own.Count > 0)
            {
                violations.Add($"the register holds {own.Count} entries of case {c.Number}, which is {c.Status}");
            }
            else if (c.Certificate is not null)
            {
                violations.Add($"case {c.Number} ({c.Status}) holds certificate {c.Certificate} without being recorded");
            }
        }

        foreach (var stray in entries.Where(e => !byNumber.ContainsKey(e.Case) && !preparedCases.Contains(e.Case)).Select(e => e.Case).Distinct(StringComparer.Ordinal))
        {
            violations.Add($"register entries of {stray}, which is no case");
        }

        // Certificate numbers: per series (the text before 第), 1..n, no gaps or duplicates; n = the sequences consumed.
        var issued = cases.Where(c => c.Certificate is not null).Select(c => c.Certificate!).ToList();
        foreach (var dup in issued.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            violations.Add($"certificate number {dup.Key} issued to {dup.Count()} cases");
        }

        foreach (var series in issued.GroupBy(n => n[..n.IndexOf('第', StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            var numbers = series.Select(n => int.Parse(n[(n.IndexOf('第', StringComparison.Ordinal) + 1)..n.IndexOf('号', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).Order().ToList();
            var expected = Enumerable.Range(1, numbers.Count).ToList();
            if (!numbers.SequenceEqual(expected))
            {
                violations.Add($"certificate series {series.Key} has gaps or duplicates: {numbers.Count} numbers, highest {numbers.LastOrDefault()}");
            }
        }

        var consumed = sequences.Sum(s => s.Value);
        if (consumed != issued.Count)
        {
            violations.Add($"certificate sequences consumed {consumed} numbers for {issued.Count} certificates ({string.Join(", ", sequences.Select(s => $"{s.Key}={s.Value}"))})");
        }

        foreach (var m in outbox)
        {
            if (m.Case is null)
            {
                continue;
            }

            if (!byNumber.TryGetValue(m.Case, out var c))
            {
                violations.Add($"outbox message {m.Template} for {m.Case}, which is no case");
            }
            else if (m.Template == Application.Notifications.NotificationTemplates.CertificateReady
                && (!Recorded.Contains(c.Status) || c.Certificate is null || CertificateOf(m.Parameters) != c.Certificate))
            {
                violations.Add($"certificate SMS for case {c.Number} ({c.Status}, certificate {c.Certificate ?? "none"}) does not name the case's recorded certificate");
            }
        }

        // Journals and stranded cases, through the product's stores.
        var verified = 0;
        await using (var scope = services.CreateAsyncScope())
        {
            var verifier = scope.ServiceProvider.GetRequiredService<IWorkflowJournalVerifier>();
            var instances = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
            foreach (var c in cases)
            {
                if (c.Instance is not { } id)
                {
                    violations.Add($"case {c.Number} ({c.Status}) has no workflow");
                    continue;
                }

                var journal = await verifier.VerifyAsync(id, cancellationToken);
                verified++;
                if (!journal.IsIntact)
                {
                    violations.Add($"journal of case {c.Number} broken at {journal.BrokenAtSequence}: {journal.Problem}");
                }

                var instance = await instances.FindAsync(id, cancellationToken);
                var ended = instance is { Status: InstanceStatus.Completed or InstanceStatus.Rejected or InstanceStatus.Withdrawn };
                if (instance is null)
                {
                    violations.Add($"case {c.Number} names workflow {id}, which does not exist");
                }
                else if (c.IsOpen && ended)
                {
                    violations.Add($"case {c.Number} is open ({c.Status}) but its workflow ended ({instance.Status})");
                }
                else if (c.IsOpen && !instance.OpenBookmarks.Any())
                {
                    violations.Add($"case {c.Number} is stranded: open ({c.Status}), workflow {instance.Status} with no open task, signal, timer or incident");
                }
                else if (!c.IsOpen && !ended)
                {
                    violations.Add($"case {c.Number} is closed ({c.Status}) but its workflow is {instance.Status}");
                }
            }
        }

        return new ProbeCheckReport
        {
            Cases = cases.Count,
            OpenCases = cases.Count(c => c.IsOpen),
            RecordedCases = cases.Count(c => Recorded.Contains(c.Status)),
            RegisterEntries = entries.Count,
            Certificates = issued.Count,
            JournalsVerified = verified,
            OutboxMessages = outbox.Count,
            OutboxDelivered = outbox.Count(m => m.Delivered),
            Violations = violations,
        };
    }

    private static string? CertificateOf(string parametersJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(parametersJson);
        return document.RootElement.TryGetProperty("certificateNumber", out var value) ? value.GetString() : null;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
