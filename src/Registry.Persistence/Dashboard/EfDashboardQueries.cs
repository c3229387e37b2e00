using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Dashboard;
using Registry.Application.Deadlines;
using Registry.Domain.Cases;
using Registry.Persistence.Cases;
using Registry.Persistence.Scheduling;
using Registry.Persistence.SelfCheckRuns;
using Registry.Persistence.Workflows;

namespace Registry.Persistence.Dashboard;

/// <summary>
/// The dashboard's range reads. Each starts from an indexed range: cases by acceptance time (<c>IX_Cases_AcceptedAt</c>),
/// completed cases by their figures row (<c>IX_CaseFigures_Period</c>, <c>IX_CaseFigures_Type_Period</c>, covering the
/// grouping), status moves by target and time (<c>IX_CaseStatusChanges_ToStatus_At</c>), open deadlines by stage and due date, journal
/// returns by time (the partial <c>IX_WorkflowJournal_Action_At</c>), self-check results by completion time; the rest are
/// key lookups.
/// </summary>
internal sealed class EfDashboardQueries(IDbContextFactory<RegistryDbContext> contexts) : IDashboardQueries
{
    private const string Rejected = nameof(CaseStatus.Rejected);
    private const string Recorded = nameof(CaseStatus.Recorded);
    private const string Returned = "Returned";
    private static readonly DeadlineStage[] OpenStages = [DeadlineStage.Green, DeadlineStage.Amber, DeadlineStage.Red, DeadlineStage.Escalated];

    public async Task<IReadOnlyList<DashboardAcceptedBucket>> CountAcceptedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default)
    {
        var start = from;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Set<CaseRow>().Where(c => c.AcceptedAt >= start && c.AcceptedAt < toExclusive);
        if (businessType is not null)
        {
            cases = cases.Where(c => c.BusinessType == businessType);
        }

        var rows = await cases
            .GroupBy(c => new { c.BusinessType, c.Channel, Day = OfficeDay.Of(c.AcceptedAt) })
            .Select(g => new { g.Key.BusinessType, g.Key.Channel, g.Key.Day, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DashboardAcceptedBucket(r.BusinessType, r.Channel, DateOnly.FromDayNumber(r.Day), r.Count))];
    }

    public async Task<IReadOnlyList<DashboardFinishedBucket>> CountFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Finished(db, from, toExclusive, businessType)
            .GroupBy(f => new { f.CompletedDay, f.BusinessType, f.AcceptedDay })
            .Select(g => new
            {
                g.Key.CompletedDay,
                g.Key.BusinessType,
                g.Key.AcceptedDay,
                Count = g.Count(),
                WithClock = g.Sum(f => f.Clocked ? 1 : 0),
                OnTime = g.Sum(f => f.OnTime ? 1 : 0),
                Auto = g.Sum(f => f.AutoApproved ? 1 : 0),
                Enterprise = g.Sum(f => f.Enterprise ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DashboardFinishedBucket(r.BusinessType, DateOnly.FromDayNumber(r.AcceptedDay), DateOnly.FromDayNumber(r.CompletedDay),
            r.Count, r.WithClock, r.OnTime, r.Auto, r.Enterprise))];
    }

    public async Task<int> CountOverdueAsync(DateTimeOffset now, string? businessType, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deadlines = db.Set<CaseDeadlineRow>().Where(d => OpenStages.Contains(d.Stage) && d.DueAt < now && d.ClosedAt == null);
        if (businessType is not null)
        {
            deadlines = deadlines.Where(d => d.BusinessType == businessType);
        }

        return await deadlines.CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DashboardAcceptedCase>> ListAcceptedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default)
    {
        var start = from;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Set<CaseRow>().Where(c => c.AcceptedAt >= start && c.AcceptedAt < toExclusive);
        if (businessType is not null)
        {
            cases = cases.Where(c => c.BusinessType == businessType);
        }

        return await cases.AsNoTracking()
            .Select(c => new DashboardAcceptedCase(c.CaseNumber, c.BusinessType, c.Channel, c.AcceptedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DashboardFinishedCase>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Finished(db, from, toExclusive, businessType).AsNoTracking()
            .Select(f => new DashboardFinishedCase(f.CaseNumber, f.BusinessType, f.Channel, f.AcceptedAt, f.CompletedAt, f.DueAt, f.AutoApproved, f.Enterprise))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DashboardOverdueCase>> ListOverdueAsync(DateTimeOffset now, string? businessType, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deadlines = db.Set<CaseDeadlineRow>().Where(d => OpenStages.Contains(d.Stage) && d.DueAt < now && d.ClosedAt == null);
        if (businessType is not null)
        {
            deadlines = deadlines.Where(d => d.BusinessType == businessType);
        }

        return await deadlines.AsNoTracking()
            .Select(d => new DashboardOverdueCase(d.CaseNumber, d.BusinessType, d.DueAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DashboardDecision>> ListReturnsAndRefusalsAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default)
    {
        var start = from;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var returns = await (
            from j in db.Set<WorkflowJournalRow>()
            where j.Action == Returned && j.At >= start && j.At < toExclusive
            join i in db.Set<WorkflowInstanceRow>() on j.InstanceId equals i.Id
            join c in db.Set<CaseRow>() on i.CorrelationId equals c.CaseNumber
            where businessType == null || c.BusinessType == businessType
            select new { c.CaseNumber, c.BusinessType, j.Inputs, j.At }).AsNoTracking().ToListAsync(cancellationToken);

        // A refusal is the case's move to 不予登记; its ground is the reason code of the journal line that decided it.
        var refusals = await (
            from h in db.Set<CaseStatusChangeRow>()
            where h.ToStatus == Rejected && h.At >= start && h.At < toExclusive
            join c in db.Set<CaseRow>() on h.CaseId equals c.Id
            where businessType == null || c.BusinessType == businessType
            select new
            {
                c.CaseNumber,
                c.BusinessType,
                h.At,
                Inputs = db.Set<WorkflowJournalRow>()
                    .Where(j => j.InstanceId == c.WorkflowInstanceId && j.Outcome == "reject")
                    .OrderByDescending(j => j.Sequence)
                    .Select(j => j.Inputs)
                    .FirstOrDefault(),
            }).AsNoTracking().ToListAsync(cancellationToken);

        return [
            .. returns.Select(r => new DashboardDecision(r.CaseNumber, r.BusinessType, false, ReasonCode(r.Inputs), r.At)),
            .. refusals.Select(r => new DashboardDecision(r.CaseNumber, r.BusinessType, true, ReasonCode(r.Inputs), r.At)),
        ];
    }

    public async Task<IReadOnlyList<DashboardRecordedCase>> ListRecordedAsync(DateTimeOffset from, DateTimeOffset toExclusive, IReadOnlyCollection<string> businessTypes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(businessTypes);
        var types = businessTypes.ToList();
        var start = from;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from h in db.Set<CaseStatusChangeRow>()
            where h.ToStatus == Recorded && h.At >= start && h.At < toExclusive
            join c in db.Set<CaseRow>() on h.CaseId equals c.Id
            where types.Contains(c.BusinessType)
            select new { c.CaseNumber, c.BusinessType, c.AcceptedAt, h.At }).AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.CaseNumber, StringComparer.Ordinal).Select(g => g.MinBy(r => r.At)!)
            .Select(r => new DashboardRecordedCase(r.CaseNumber, r.BusinessType, r.AcceptedAt, r.At))];
    }

    public async Task<IReadOnlyList<DashboardSelfCheckedCase>> ListSelfCheckedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default)
    {
        var start = from;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var results = db.Set<SelfCheckCaseResultRow>().Where(r => r.FinishedAt >= start && r.FinishedAt < toExclusive && !r.Skipped);
        if (businessType is not null)
        {
            results = results.Where(r => r.BusinessType == businessType);
        }

        var checkedCases = await results.AsNoTracking()
            .Select(r => new { r.CaseNumber, r.RuleSetVersion, r.BusinessType, r.CheckedAt, r.FindingCount })
            .ToListAsync(cancellationToken);

        // The latest check of each case counts (a case checked under two rule-set versions counts once).
        var latest = checkedCases.GroupBy(r => r.CaseNumber, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.CheckedAt)!).ToList();
        var failing = latest.Where(r => r.FindingCount > 0).ToList();
        var categories = new Dictionary<(string, string), List<string>>();
        foreach (var chunk in failing.Chunk(500))
        {
            var numbers = chunk.Select(r => r.CaseNumber).ToList();
            var findings = await db.Set<SelfCheckFindingRow>().AsNoTracking()
                .Where(f => numbers.Contains(f.CaseNumber))
                .Select(f => new { f.CaseNumber, f.RuleSetVersion, f.Category })
                .ToListAsync(cancellationToken);
            foreach (var f in findings)
            {
                var key = (f.CaseNumber, f.RuleSetVersion);
                if (!categories.TryGetValue(key, out var list))
                {
                    categories[key] = list = [];
                }

                if (!list.Contains(f.Category, StringComparer.Ordinal))
                {
                    list.Add(f.Category);
                }
            }
        }

        return [.. latest.Select(r => new DashboardSelfCheckedCase(r.CaseNumber, r.BusinessType,
            r.FindingCount > 0 && categories.TryGetValue((r.CaseNumber, r.RuleSetVersion), out var c) ? c : []))];
    }

    // Completed cases are read from their figures row (written by the command that completed each case, in its transaction).
    private static IQueryable<CaseFiguresRow> Finished(RegistryDbContext db, DateTimeOffset from, DateTimeOffset toExclusive, string? businessType)
    {
        // The office-day bounds let the database seek the day-ordered indexes; the instants keep a period not on day bounds exact.
        var firstDay = OfficeDay.Of(from);
        var lastDay = OfficeDay.Of(toExclusive.AddTicks(-1));
        var rows = db.Set<CaseFiguresRow>().Where(f => f.CompletedDay >= firstDay && f.CompletedDay <= lastDay && f.CompletedAt >= from && f.CompletedAt < toExclusive);
        return businessType is null ? rows : rows.Where(f => f.BusinessType == businessType);
    }

    private static string? ReasonCode(string? inputs)
    {
        if (string.IsNullOrEmpty(inputs))
        {
            return null;
        }

        using var json = JsonDocument.Parse(inputs);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("reasonCode", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()
            : null;
    }
}
