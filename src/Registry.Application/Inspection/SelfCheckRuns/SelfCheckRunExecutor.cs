using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Registry.Application.Review;
using Registry.Application.Review.Facts;

namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// Executes a running self-check run from its cursor to the end of its range, batch by batch: each batch's cases are
/// built with the production fact builder, checked by <see cref="ISelfCheckRunner"/> and stored with the run's progress
/// in one transaction, so a crash loses at most the batch in hand and a resumed run continues after the last stored case.
/// </summary>
internal sealed class SelfCheckRunExecutor(
    ISelfCheckRunStore store,
    FinishedCaseFactsBuilder builder,
    ISelfCheckRunner runner,
    SelfCheckRunProgressFeed feed,
    IOptions<SelfCheckRunOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// Runs to the end and stores it succeeded, or failed with the reason when something throws. Cancellation leaves the
    /// run running (interrupted, resumable), as a crash would.
    /// </summary>
    public async Task<SelfCheckRun> ExecuteAsync(SelfCheckRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var counts = run.Counts.ToDictionary(c => (c.Category, c.Severity), c => (c.Findings, c.Cases));
        feed.Publish(run);
        try
        {
            while (true)
            {
                var refs = await store.ListFinishedAsync(run.From, run.ToExclusive, run.Cursor, batchSize, cancellationToken);
                if (refs.Count == 0)
                {
                    break;
                }

                run = await CheckBatchAsync(run, refs, counts, cancellationToken);
                feed.Publish(run);
            }

            run = run with { Status = SelfCheckRunStatus.Succeeded, FinishedAt = time.GetUtcNow(), HeartbeatAt = time.GetUtcNow() };
            await store.FinishAsync(run, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SelfCheckRunConflictException)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of a batch (a rule set, the database) is recorded on the run as its reason, not lost.
        catch (Exception e)
#pragma warning restore CA1031
        {
            run = run with
            {
                Status = SelfCheckRunStatus.Failed,
                FailureReason = $"{e.GetType().Name}: {e.Message}",
                FinishedAt = time.GetUtcNow(),
                HeartbeatAt = time.GetUtcNow(),
            };
            await store.FinishAsync(run, CancellationToken.None);
        }

        feed.Publish(run);
        return run;
    }

    private async Task<SelfCheckRun> CheckBatchAsync(
        SelfCheckRun run, IReadOnlyList<FinishedCaseRef> refs, Dictionary<(string Category, string Severity), (long Findings, long Cases)> counts, CancellationToken cancellationToken)
    {
        var loaded = (await store.LoadCasesAsync([.. refs.Select(r => r.CaseNumber)], cancellationToken))
            .ToDictionary(c => c.Number.Value, StringComparer.Ordinal);
        var facts = new List<FinishedCaseFacts>(refs.Count);
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in refs)
        {
            if (loaded.TryGetValue(r.CaseNumber, out var c) && await builder.BuildAsync(c, cancellationToken) is { } f)
            {
                facts.Add(f);
            }
            else
            {
                skipped.Add(r.CaseNumber);
            }
        }

        var findings = new Dictionary<string, List<SelfCheckStoredFinding>>(StringComparer.Ordinal);
        await foreach (var f in runner.StreamAsync(Stream(facts, cancellationToken), cancellationToken))
        {
            if (!findings.TryGetValue(f.CaseNo, out var list))
            {
                findings[f.CaseNo] = list = [];
            }

            list.Add(SelfCheckStoredFinding.From(f.Finding));
        }

        var now = time.GetUtcNow();
        var results = new List<SelfCheckCaseResult>(refs.Count);
        foreach (var r in refs)
        {
            var list = findings.GetValueOrDefault(r.CaseNumber) ?? [];
            results.Add(new SelfCheckCaseResult(r.CaseNumber, r.BusinessType, r.FinishedAt, run.RuleSetVersion, run.Id, now, skipped.Contains(r.CaseNumber), list));
            Count(counts, list);
        }

        var next = run with
        {
            CheckedCases = run.CheckedCases + refs.Count,
            CasesWithFindings = run.CasesWithFindings + results.Count(x => x.Findings.Count > 0),
            SkippedCases = run.SkippedCases + skipped.Count,
            Counts = Ordered(counts),
            Cursor = new SelfCheckRunCursor(refs[^1].FinishedAt, refs[^1].CaseNumber),
            HeartbeatAt = now,
        };
        await store.SaveBatchAsync(new SelfCheckRunBatch(results, next), cancellationToken);
        return next;
    }

    /// <summary>Per (category, severity) and per (category, <see cref="AllSeverities"/>): findings and cases with one.</summary>
    private static void Count(Dictionary<(string Category, string Severity), (long Findings, long Cases)> counts, List<SelfCheckStoredFinding> findings)
    {
        foreach (var g in findings.GroupBy(f => (f.Category, Severity: Severity(f.Severity))))
        {
            var c = counts.GetValueOrDefault(g.Key);
            counts[g.Key] = (c.Findings + g.Count(), c.Cases + 1);
        }

        foreach (var g in findings.GroupBy(f => f.Category, StringComparer.Ordinal))
        {
            var key = (g.Key, AllSeverities);
            var c = counts.GetValueOrDefault(key);
            counts[key] = (c.Findings + g.Count(), c.Cases + 1);
        }
    }

    /// <summary>The severity of the per-category totals.</summary>
    public const string AllSeverities = "*";

    internal static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Block => "block",
        RuleSeverity.Warn => "warn",
        _ => "info",
    };

    private static List<SelfCheckRunCount> Ordered(Dictionary<(string Category, string Severity), (long Findings, long Cases)> counts) =>
        [.. counts.OrderBy(kv => kv.Key.Category, StringComparer.Ordinal).ThenBy(kv => kv.Key.Severity, StringComparer.Ordinal)
            .Select(kv => new SelfCheckRunCount(kv.Key.Category, kv.Key.Severity, kv.Value.Findings, kv.Value.Cases))];

#pragma warning disable CS1998 // An async iterator over an in-memory batch: nothing to await.
    private static async IAsyncEnumerable<FinishedCaseFacts> Stream(List<FinishedCaseFacts> facts, [EnumeratorCancellation] CancellationToken cancellationToken)
#pragma warning restore CS1998
    {
        foreach (var f in facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return f;
        }
    }
}
