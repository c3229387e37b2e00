using Registry.Application.Deadlines;
using Registry.Scheduling.Deadlines;
using Registry.Scheduling.Workflow;
using Registry.Workflows.Runtime;

namespace Registry.Scheduling.Sweeps;

/// <summary>Case deadlines as data: every change recomputes the due instants and is stored with a conditional update.</summary>
internal sealed class CaseDeadlineService(ICaseDeadlineStore store, DeadlinePlanner planner, IDeadlineCalculator calculator, TimeProvider timeProvider)
    : ICaseDeadlineService
{
    public async Task<CaseDeadlineRecord> TrackAsync(TrackCaseDeadline request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CaseNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.BusinessType);
        TimeLimit limit;
        try
        {
            limit = TimeLimit.Parse(request.TimeLimitCode ?? "");
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"TimeLimitCode of case '{request.CaseNumber}': {e.Message}", nameof(request), e);
        }

        var now = timeProvider.GetUtcNow();
        var record = new CaseDeadlineRecord
        {
            CaseNumber = request.CaseNumber,
            BusinessType = request.BusinessType,
            OfficeCode = request.OfficeCode,
            Assignee = request.Assignee,
            AcceptedAt = request.AcceptedAt,
            TimeLimitCode = limit.ToString(),
            DueAt = request.AcceptedAt,
            AmberFrom = request.AcceptedAt,
            EscalateAt = request.AcceptedAt,
            Stage = DeadlineStage.Green,
        };
        record = planner.Plan(record, now);
        await store.InsertAsync(record, cancellationToken);
        return record;
    }

    public Task<CaseDeadlineRecord> PauseAsync(string caseNumber, ClockStopReason reason, string? document = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseNumber, (r, now) => r with { Pauses = [.. r.Pauses, new DeadlinePauseRecord(now, null, reason, document)] }, cancellationToken);

    public Task<CaseDeadlineRecord> ResumeAsync(string caseNumber, ClockStopReason reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseNumber, (r, now) =>
        {
            var pauses = r.Pauses.ToArray();
            for (var i = pauses.Length - 1; i >= 0; i--)
            {
                if (pauses[i].End is null && pauses[i].Reason == reason)
                {
                    pauses[i] = pauses[i] with { End = now < pauses[i].Start ? pauses[i].Start : now };
                    return r with { Pauses = pauses };
                }
            }

            throw new InvalidOperationException($"Case '{caseNumber}' has no open {reason} pause to end.");
        }, cancellationToken);

    public async Task<CaseDeadlineRecord?> SyncClockAsync(string caseNumber, IReadOnlyList<ClockInterval> pauses, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseNumber);
        ArgumentNullException.ThrowIfNull(pauses);
        var record = await store.FindAsync(caseNumber, cancellationToken);
        if (record is null || record.Stage == DeadlineStage.Closed)
        {
            return record;
        }

        List<DeadlinePauseRecord> wanted = [.. pauses
            .Where(i => i.Effect == ClockEffect.Paused)
            .OrderBy(i => i.Start)
            .Select(i => new DeadlinePauseRecord(i.Start, i.End, WorkflowClockIntervals.ToStopReason(i) ?? ClockStopReason.WorkflowWait, i.ReasonText ?? i.ReasonCode))];
        if (wanted.SequenceEqual(record.Pauses))
        {
            return record;
        }

        var updated = planner.Plan(record with { Pauses = wanted }, timeProvider.GetUtcNow());
        if (!await store.TryUpdateAsync(updated, record.Stage, record.Version, [], cancellationToken))
        {
            throw new CaseDeadlineConflictException($"The deadline of case '{caseNumber}' was changed by another writer; reload and try again.");
        }

        return updated with { Version = record.Version + 1 };
    }

    public Task<CaseDeadlineRecord> ExtendAsync(string caseNumber, int workingDays, string? reason, string? approvedBy, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseNumber, (r, now) =>
        {
            // DeadlineExtension refuses a missing reason or approver, naming the field.
            var extension = new DeadlineExtension(workingDays, reason, approvedBy, now);
            return r with { Extensions = [.. r.Extensions, new DeadlineExtensionRecord(extension.WorkingDays, extension.Reason, extension.ApprovedBy, now)] };
        }, cancellationToken);

    public Task<CaseDeadlineRecord> CloseAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseNumber, (r, now) => r with { Stage = DeadlineStage.Closed, ClosedAt = now, NextCheckAt = null }, cancellationToken);

    public async Task<CaseDeadlineView> GetRemainingAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        View(await LoadAsync(caseNumber, cancellationToken));

    public async Task<IReadOnlyDictionary<string, CaseDeadlineView>> GetRemainingManyAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default)
    {
        var records = await store.FindManyAsync(caseNumbers, cancellationToken);
        return records.ToDictionary(r => r.Key, r => View(r.Value), StringComparer.Ordinal);
    }

    private CaseDeadlineView View(CaseDeadlineRecord record)
    {
        if (record.Stage == DeadlineStage.Closed)
        {
            return new CaseDeadlineView(record.CaseNumber, record.BusinessType, record.Stage, record.DueAt, 0, false, record.TimeLimitCode, record.IsProvisional);
        }

        var status = calculator.EvaluateNow(DeadlinePlanner.ToClock(record));
        return new CaseDeadlineView(record.CaseNumber, record.BusinessType, record.Stage, status.DueAt, status.RemainingWorkingDays,
            status.State == DeadlineState.Paused, record.TimeLimitCode, status.IsProvisional);
    }

    public Task<CaseDeadlinePage> ListOpenAsync(DeadlineStage stage, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 500);
        return store.ListByStageAsync(stage, (page - 1) * pageSize, pageSize, cancellationToken);
    }

    private async Task<CaseDeadlineRecord> ChangeAsync(string caseNumber, Func<CaseDeadlineRecord, DateTimeOffset, CaseDeadlineRecord> change, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(caseNumber, cancellationToken);
        if (record.Stage == DeadlineStage.Closed)
        {
            throw new InvalidOperationException($"Case '{caseNumber}' is closed; its deadline can no longer change.");
        }

        var now = timeProvider.GetUtcNow();
        var updated = change(record, now);
        updated = updated.Stage == DeadlineStage.Closed ? updated : planner.Plan(updated, now);
        if (!await store.TryUpdateAsync(updated, record.Stage, record.Version, [], cancellationToken))
        {
            throw new CaseDeadlineConflictException($"The deadline of case '{caseNumber}' was changed by another writer; reload and try again.");
        }

        return updated with { Version = record.Version + 1 };
    }

    private async Task<CaseDeadlineRecord> LoadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseNumber);
        return await store.FindAsync(caseNumber, cancellationToken) ?? throw CaseDeadlineNotFoundException.For(caseNumber);
    }
}
