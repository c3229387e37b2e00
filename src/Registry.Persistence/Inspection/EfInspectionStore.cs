using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Inspection;
using Registry.Persistence.Cases;

namespace Registry.Persistence.Inspection;

/// <summary>
/// Samples, verdicts and rectifications in the registry database. Verdicts and rectification events are inserted, never
/// updated: their keys include the revision or sequence, so of two concurrent inserts of the same one the database lets
/// exactly one in, and the other is told who won.
/// </summary>
internal sealed class EfInspectionStore(IDbContextFactory<RegistryDbContext> contexts) : IInspectionStore
{
    private const string Completed = nameof(Registry.Domain.Cases.CaseStatus.Completed);

    public async Task<IReadOnlyList<FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var start = from;
        var cases = db.Set<CaseRow>().Where(c => c.Status == Completed);
        if (businessType is not null)
        {
            cases = cases.Where(c => c.BusinessType == businessType);
        }

        var rows = await (
            from c in cases
            join h in db.Set<CaseStatusChangeRow>() on c.Id equals h.CaseId
            where h.ToStatus == Completed && h.At >= start && h.At < toExclusive
            select new { c.CaseNumber, c.BusinessType, h.At }).AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.CaseNumber, StringComparer.Ordinal)
            .Select(g => new FinishedCaseRef(g.Key, g.First().BusinessType, g.Min(r => r.At)))
            .OrderBy(r => r.CaseNumber, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlySet<string>> ListSampledCaseNumbersAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default)
    {
        var start = from;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var numbers = await db.Set<InspectionSampleCaseRow>().AsNoTracking()
            .Where(c => c.FinishedAt >= start && c.FinishedAt < toExclusive)
            .Select(c => c.CaseNumber).Distinct().ToListAsync(cancellationToken);
        return numbers.ToHashSet(StringComparer.Ordinal);
    }

    public async Task AddSampleAsync(InspectionSample sample, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<InspectionSampleRow>().Add(new InspectionSampleRow
        {
            Id = sample.Id,
            FromDay = sample.From,
            ToDay = sample.To,
            BusinessType = sample.BusinessType,
            Rate = sample.Rate,
            Seed = sample.Seed,
            Population = sample.Population,
            DrawnBy = sample.DrawnBy,
            DrawnByName = sample.DrawnByName,
            DrawnAt = sample.DrawnAt,
        });
        db.Set<InspectionSampleCaseRow>().AddRange(sample.Cases.Select(c => new InspectionSampleCaseRow
        {
            SampleId = sample.Id,
            CaseNumber = c.CaseNumber,
            BusinessType = c.BusinessType,
            FinishedAt = c.FinishedAt,
            ResponsibleExaminer = c.ResponsibleExaminer,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InspectionSampleSummary>> ListSamplesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var samples = await db.Set<InspectionSampleRow>().AsNoTracking().ToListAsync(cancellationToken);
        var counts = await db.Set<InspectionSampleCaseRow>().GroupBy(c => c.SampleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var verdicts = await db.Set<InspectionVerdictRow>().AsNoTracking()
            .Select(v => new { v.SampleId, v.CaseNumber, v.Revision, v.Verdict }).ToListAsync(cancellationToken);
        var latest = verdicts.GroupBy(v => (v.SampleId, v.CaseNumber)).Select(g => g.MaxBy(v => v.Revision)!).ToList();
        return [.. samples.OrderByDescending(s => s.DrawnAt).Select(s => new InspectionSampleSummary(
            s.Id, s.FromDay, s.ToDay, s.BusinessType, s.Rate, s.Seed, s.Population, counts.GetValueOrDefault(s.Id),
            latest.Count(v => v.SampleId == s.Id),
            latest.Count(v => v.SampleId == s.Id && v.Verdict == nameof(InspectionVerdictKind.Fail)),
            s.DrawnByName, s.DrawnAt))];
    }

    public async Task<InspectionSample?> FindSampleAsync(Guid sampleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var s = await db.Set<InspectionSampleRow>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == sampleId, cancellationToken);
        if (s is null)
        {
            return null;
        }

        var cases = await db.Set<InspectionSampleCaseRow>().AsNoTracking().Where(c => c.SampleId == sampleId).ToListAsync(cancellationToken);
        return new InspectionSample(s.Id, s.FromDay, s.ToDay, s.BusinessType, s.Rate, s.Seed, s.Population, s.DrawnBy, s.DrawnByName, s.DrawnAt,
            [.. cases.OrderBy(c => c.CaseNumber, StringComparer.Ordinal).Select(c => new SampledCase(c.CaseNumber, c.BusinessType, c.FinishedAt, c.ResponsibleExaminer))]);
    }

    public async Task<IReadOnlyList<InspectionVerdict>> ListVerdictsAsync(Guid sampleId, string? caseNumber = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<InspectionVerdictRow>().AsNoTracking().Where(v => v.SampleId == sampleId);
        if (caseNumber is not null)
        {
            query = query.Where(v => v.CaseNumber == caseNumber);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.OrderBy(v => v.CaseNumber, StringComparer.Ordinal).ThenBy(v => v.Revision).Select(ToVerdict)];
    }

    public async Task AppendVerdictAsync(InspectionVerdict verdict, Rectification? rectification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<InspectionVerdictRow>().Add(new InspectionVerdictRow
        {
            SampleId = verdict.SampleId,
            CaseNumber = verdict.CaseNumber,
            Revision = verdict.Revision,
            Verdict = verdict.Verdict.ToString(),
            ItemsJson = JsonSerializer.Serialize(verdict.Items.Select(i => new ItemJson(i.Item.ToString(), i.Passed, i.Note))),
            Remark = verdict.Remark,
            Inspector = verdict.Inspector,
            InspectorName = verdict.InspectorName,
            At = verdict.At,
        });
        if (rectification is not null)
        {
            db.Set<RectificationRow>().Add(new RectificationRow
            {
                Id = rectification.Id,
                SampleId = rectification.SampleId,
                CaseNumber = rectification.CaseNumber,
                VerdictRevision = rectification.VerdictRevision,
                Assignee = rectification.Assignee,
                Items = string.Join(",", rectification.Items),
            });
            db.Set<RectificationEventRow>().AddRange(rectification.Events.Select(e => ToRow(rectification.Id, e)));
        }

        try
        {
            // One SaveChanges: the verdict and its rectification commit together or not at all.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            var winner = await check.Set<InspectionVerdictRow>().AsNoTracking().SingleOrDefaultAsync(
                v => v.SampleId == verdict.SampleId && v.CaseNumber == verdict.CaseNumber && v.Revision == verdict.Revision, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            throw new InspectionConflictException(verdict.CaseNumber, winner.InspectorName, winner.At);
        }
    }

    public async Task<Rectification?> FindRectificationAsync(Guid rectificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<RectificationRow>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == rectificationId, cancellationToken);
        return row is null ? null : (await LoadAsync(db, [row], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<Rectification>> ListRectificationsAsync(string? assignee, Guid? sampleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<RectificationRow>().AsNoTracking();
        if (assignee is not null)
        {
            query = query.Where(r => r.Assignee == assignee);
        }

        if (sampleId is { } id)
        {
            query = query.Where(r => r.SampleId == id);
        }

        var list = await LoadAsync(db, await query.ToListAsync(cancellationToken), cancellationToken);
        return [.. list.OrderByDescending(r => r.Events.Count == 0 ? DateTimeOffset.MinValue : r.Events[^1].At)];
    }

    public async Task AppendRectificationEventAsync(Guid rectificationId, RectificationEvent rectificationEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rectificationEvent);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<RectificationEventRow>().Add(ToRow(rectificationId, rectificationEvent));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            var winner = await check.Set<RectificationEventRow>().AsNoTracking().SingleOrDefaultAsync(
                r => r.RectificationId == rectificationId && r.Sequence == rectificationEvent.Sequence, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            var caseNumber = await check.Set<RectificationRow>().Where(r => r.Id == rectificationId).Select(r => r.CaseNumber).SingleAsync(cancellationToken);
            throw new InspectionConflictException($"整改单（{caseNumber}）", winner.ActorName, winner.At);
        }
    }

    public async Task<IReadOnlyList<InspectedCase>> ListInspectedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default)
    {
        var start = from;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from c in db.Set<InspectionSampleCaseRow>()
            where c.FinishedAt >= start && c.FinishedAt < toExclusive
            join v in db.Set<InspectionVerdictRow>() on new { c.SampleId, c.CaseNumber } equals new { v.SampleId, v.CaseNumber }
            select new { c.SampleId, c.CaseNumber, c.BusinessType, c.FinishedAt, c.ResponsibleExaminer, v.Revision, v.Verdict, v.At })
            .AsNoTracking().ToListAsync(cancellationToken);

        // A case drawn into two samples counts once, by its latest verdict in any of them (issue 17: no double counting).
        return [.. rows.GroupBy(r => r.CaseNumber, StringComparer.Ordinal).Select(g => g.OrderBy(r => r.At).ThenBy(r => r.Revision).Last())
            .OrderBy(r => r.CaseNumber, StringComparer.Ordinal)
            .Select(r => new InspectedCase(r.SampleId, r.CaseNumber, r.BusinessType, r.FinishedAt, r.ResponsibleExaminer, Enum.Parse<InspectionVerdictKind>(r.Verdict)))];
    }

    private static async Task<List<Rectification>> LoadAsync(RegistryDbContext db, List<RectificationRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var events = await db.Set<RectificationEventRow>().AsNoTracking().Where(e => ids.Contains(e.RectificationId)).ToListAsync(cancellationToken);
        var byId = events.ToLookup(e => e.RectificationId);
        return [.. rows.Select(r => new Rectification(r.Id, r.SampleId, r.CaseNumber, r.VerdictRevision, r.Assignee,
            [.. r.Items.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<InspectionItem>)],
            [.. byId[r.Id].OrderBy(e => e.Sequence).Select(e => new RectificationEvent(e.Sequence, Enum.Parse<RectificationEventKind>(e.Kind), e.Actor, e.ActorName, e.At, e.Text))]))];
    }

    private static RectificationEventRow ToRow(Guid rectificationId, RectificationEvent e) => new()
    {
        RectificationId = rectificationId,
        Sequence = e.Sequence,
        Kind = e.Kind.ToString(),
        Actor = e.Actor,
        ActorName = e.ActorName,
        At = e.At,
        Text = e.Text,
    };

    private static InspectionVerdict ToVerdict(InspectionVerdictRow v) => new(
        v.SampleId,
        v.CaseNumber,
        v.Revision,
        Enum.Parse<InspectionVerdictKind>(v.Verdict),
        [.. (JsonSerializer.Deserialize<List<ItemJson>>(v.ItemsJson) ?? []).Select(i => new InspectionItemResult(Enum.Parse<InspectionItem>(i.Item), i.Passed, i.Note))],
        v.Remark,
        v.Inspector,
        v.InspectorName,
        v.At);

    private sealed record ItemJson(string Item, bool Passed, string? Note);
}
