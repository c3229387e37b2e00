using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Worklist;
using Registry.Persistence.Cases;
using Registry.Persistence.Scheduling;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

// string.Compare inside these queries is translated to SQL >= and <; the database's collation decides, not .NET's culture.
#pragma warning disable CA1309

namespace Registry.Persistence.Workflows;

/// <summary>
/// The worklist (待办) from the <c>WorkflowBookmarks</c> index (open tasks) and the <c>WorkflowJournal</c> (done tasks, by
/// actor and time): no instance is loaded. Case filters are correlated lookups through unique or leading-column indexes,
/// and text searches are prefix ranges (<c>&gt;= p AND &lt; p + U+10FFFF</c>) so both providers can seek an index.
/// </summary>
internal sealed class EfWorkTaskQuery(IDbContextFactory<RegistryDbContext> factory) : IWorkTaskQuery, IWorklistQuery, IWorklistExportQuery
{
    /// <summary>
    /// A claim's task is unclaimed ({0}: human task, {1}: running), as the queue indexes' filter says
    /// (<see cref="WorkflowBookmarkRowConfiguration"/>).
    /// </summary>
    private const string FreeTask = """ "Assignee" IS NULL AND "Kind" = {0} AND "InstanceStatus" = {1} """;

    private static readonly string HumanTask = nameof(BookmarkKind.HumanTask);
    /// <summary>How much of the queues a claim reads, in turn, while every task it finds is locked by other claimers (0: all).</summary>
    private static readonly int[] ClaimHeads = [32, 1024, 0];
    private static readonly string[] QueueColumns = [nameof(WorkflowBookmarkRow.Role), nameof(WorkflowBookmarkRow.CandidateGroup)];
    /// <summary>
    /// A person's completions and returns, written as constants so the SQL reads <c>"Action" IN ('Completed', 'Returned')</c>:
    /// the done-tab index is partial on exactly that predicate (<see cref="WorkflowJournalRowConfiguration.DoneActionsFilter"/>),
    /// and a database uses a partial index only when the query states its filter (a parameter would not do).
    /// </summary>
    private static readonly System.Linq.Expressions.Expression<Func<WorkflowJournalRow, bool>> DoneActions =
        j => j.Action == EF.Constant(nameof(JournalAction.Completed)) || j.Action == EF.Constant(nameof(JournalAction.Returned));
    private static readonly string Top = char.ConvertFromUtf32(0x10FFFF);

    public async Task<WorkTaskPage> FindAsync(WorkTaskCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        criteria.Validate();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Set<WorkflowBookmarkRow>().AsNoTracking().Where(b => b.Kind == HumanTask);
        var roles = criteria.Roles is { Count: > 0 } r ? r.Distinct(StringComparer.Ordinal).ToList() : null;
        var assignee = criteria.Assignee;
        query = (roles, assignee) switch
        {
            (not null, null) => query.Where(b => roles.Contains(b.Role!) || roles.Contains(b.CandidateGroup!)),
            (null, not null) => query.Where(b => b.Assignee == assignee),
            _ => query.Where(b => ((roles!.Contains(b.Role!) || roles!.Contains(b.CandidateGroup!)) && b.Assignee == null) || b.Assignee == assignee),
        };
        query = criteria.Claim switch
        {
            ClaimFilter.Claimed => query.Where(b => b.Assignee != null),
            ClaimFilter.Unclaimed => query.Where(b => b.Assignee == null),
            _ => query,
        };
        if (criteria.DefinitionId is { } definitionId)
        {
            query = query.Where(b => b.DefinitionId == definitionId);
        }

        if (criteria.CorrelationIdPrefix is { Length: > 0 } prefix)
        {
            query = query.Where(b => b.CorrelationId!.StartsWith(prefix));
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query
            .OrderBy(b => b.CreatedAt)
            .ThenBy(b => b.BookmarkId)
            .Skip(criteria.Skip)
            .Take(criteria.Take)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var suspended = nameof(InstanceStatus.Suspended);
        return new WorkTaskPage(
            rows.Select(b => new WorkTask(
                b.InstanceId,
                b.BookmarkId,
                b.DefinitionId,
                b.DefinitionVersion,
                b.CorrelationId,
                b.NodeId,
                b.NodeName,
                b.Role,
                b.CandidateGroup,
                b.Assignee,
                b.ClaimedAt,
                b.CreatedAt,
                b.InstanceStatus == suspended)).ToList(),
            total);
    }

    public async Task<WorklistRowPage> FindAsync(WorklistCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        criteria.Validate();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (criteria.View == WorklistView.Done && criteria is { BusinessType: null, CaseNumberPrefix: null, UnitCodePrefix: null, PartyNamePrefix: null })
        {
            return await AllDoneAsync(db, criteria, cancellationToken).ConfigureAwait(false);
        }

        var page = criteria.View == WorklistView.Done ? DoneTasks(db, criteria) : OpenTasks(db, criteria);

        // A bounded count: COUNT(*) over a LIMITed subquery, so a million done tasks cost at most CountLimit index steps.
        var counted = await page.Take(criteria.CountLimit + 1).CountAsync(cancellationToken).ConfigureAwait(false);
        var hits = await page.Skip(criteria.Skip).Take(criteria.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = hits.Select(h => new WorklistRow(h.InstanceId, h.TaskId, h.CaseNumber ?? string.Empty, h.DefinitionId, h.Step, h.Role, h.Assignee, h.At, h.Outcome)).ToList();
        return new WorklistRowPage(rows, Math.Min(counted, criteria.CountLimit), counted > criteria.CountLimit);
    }

    public async Task<int> CountAsync(WorklistCriteria criteria, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Hits(db, criteria).Take(limit).CountAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One query streamed off its reader (the page's order, no offsets: a deep <c>Skip</c> per page would re-read every
    /// earlier row). The done tab without filters takes the joined query too: read to the end, the join costs one
    /// primary-key lookup per row, which the paged path avoids only for the rows it skips.
    /// </summary>
    public async IAsyncEnumerable<WorklistRow> ReadAsync(WorklistCriteria criteria, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var h in Hits(db, criteria).Take(limit).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new WorklistRow(h.InstanceId, h.TaskId, h.CaseNumber ?? string.Empty, h.DefinitionId, h.Step, h.Role, h.Assignee, h.At, h.Outcome);
        }
    }

    public async Task<IReadOnlyDictionary<string, WorklistCaseSummary>> SummariesAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseNumbers);
        if (caseNumbers.Count == 0)
        {
            return new Dictionary<string, WorklistCaseSummary>();
        }

        var numbers = caseNumbers.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var cases = await db.Set<CaseRow>().AsNoTracking().Where(c => numbers.Contains(c.CaseNumber))
            .Select(c => new { c.Id, c.CaseNumber, c.BusinessType }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = cases.Select(c => c.Id).ToList();
        var units = await db.Set<CaseUnitRow>().AsNoTracking().Where(u => ids.Contains(u.CaseId))
            .Select(u => new { u.CaseId, u.Ordinal, u.UnitCode }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var parties = await db.Set<CasePartyRow>().AsNoTracking().Where(p => ids.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.Ordinal, p.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unitsByCase = units.ToLookup(u => u.CaseId);
        var partiesByCase = parties.ToLookup(p => p.CaseId);
        return cases.ToDictionary(
            c => c.CaseNumber,
            c => new WorklistCaseSummary(
                c.BusinessType,
                [.. unitsByCase[c.Id].OrderBy(u => u.Ordinal).Select(u => u.UnitCode.Trim())],
                [.. partiesByCase[c.Id].OrderBy(p => p.Ordinal).Select(p => p.Name).Distinct(StringComparer.Ordinal)]),
            StringComparer.Ordinal);
    }

    public async Task<ClaimableTask?> NextClaimableAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var wanted = roles.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var running = nameof(InstanceStatus.Running);
        WorkflowBookmarkRow? next;
        if (db.IsSqlite)
        {
            // The command holds the file's write lock: no one else claims between this read and the claim.
            next = await db.Set<WorkflowBookmarkRow>().AsNoTracking()
                .Where(b => b.Kind == HumanTask && b.Assignee == null && b.InstanceStatus == running && (wanted.Contains(b.Role!) || wanted.Contains(b.CandidateGroup!)))
                .OrderBy(b => b.CreatedAt).ThenBy(b => b.BookmarkId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (db.IsPostgreSql)
        {
            next = await NextClaimablePostgreSqlAsync(db, wanted, running, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Row locks taken by other claimers are skipped, not waited for: each concurrent caller gets the next free task.
            var list = string.Join(", ", wanted.Select((_, i) => "{" + (i + 2).ToString(CultureInfo.InvariantCulture) + "}"));
            var sql = $$"""SELECT TOP (1) * FROM "WorkflowBookmarks" WITH (UPDLOCK, ROWLOCK, READPAST) WHERE "Kind" = {0} AND "Assignee" IS NULL AND "InstanceStatus" = {1} AND ("Role" IN ({{list}}) OR "CandidateGroup" IN ({{list}})) ORDER BY "CreatedAt", "BookmarkId" """;
            object[] values = [HumanTask, running, .. wanted];
            var rows = await db.Set<WorkflowBookmarkRow>().FromSqlRaw(sql, values).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            next = rows.FirstOrDefault();
        }

        return next is null ? null : new ClaimableTask(next.InstanceId, next.BookmarkId, next.CorrelationId ?? string.Empty);
    }

    /// <summary>
    /// The oldest free task of the roles, locked (row locks of other claimers are skipped, not waited for, so concurrent
    /// callers each get the next one). Read from the head of each role's and group's queue index (the oldest few dozen
    /// entries, merged in order); only when the head holds nothing free although the queue is longer (every task in it
    /// locked by other claimers), from a longer head, and at last the whole queue. The tasks already claimed are never
    /// visited: the queue indexes hold unclaimed tasks only.
    /// </summary>
    private static async Task<WorkflowBookmarkRow?> NextClaimablePostgreSqlAsync(RegistryDbContext db, List<string> roles, string running, CancellationToken cancellationToken)
    {
        object[] values = [HumanTask, running, .. roles];
        foreach (var head in ClaimHeads)
        {
            var next = (await db.Set<WorkflowBookmarkRow>().FromSqlRaw(ClaimSql(roles.Count, head), values).AsNoTracking()
                .ToListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault();
            if (next is not null)
            {
                return next;
            }

            // Nothing free in the head: if the head was the whole queue, there is nothing free at all.
            if (head == 0 || await db.Database.SqlQueryRaw<int>(QueueSql(roles.Count, head, "count(*)::int AS \"Value\""), values)
                    .SingleAsync(cancellationToken).ConfigureAwait(false) < head)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Locks and returns the oldest free task among the first <paramref name="head"/> of the queues (0: all of them).</summary>
    private static string ClaimSql(int roles, int head) => $"""
        SELECT * FROM "WorkflowBookmarks" WHERE ("InstanceId", "BookmarkId") IN (
          SELECT "InstanceId", "BookmarkId" FROM ({QueueSql(roles, head, "*")}) AS queue ORDER BY "CreatedAt", "BookmarkId"{Limit(head)})
        AND {FreeTask} ORDER BY "CreatedAt", "BookmarkId" LIMIT 1 FOR UPDATE SKIP LOCKED
        """;

    /// <summary>The first <paramref name="head"/> entries (0: all) of each queue of the roles ({2}…): by role and by group.</summary>
    private static string QueueSql(int roles, int head, string select) =>
        $"SELECT {select} FROM (" + string.Join(" UNION ALL ", Enumerable.Range(2, roles).SelectMany(p => QueueColumns.Select(column => string.Create(
            CultureInfo.InvariantCulture,
            $$"""(SELECT "InstanceId", "BookmarkId", "CreatedAt" FROM "WorkflowBookmarks" WHERE "{{column}}" = {{{p}}} AND {{FreeTask}} ORDER BY "CreatedAt", "BookmarkId"{{Limit(head)}})""")))) + ") AS queues";

    private static string Limit(int head) => head == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" LIMIT {head}");

    private static IQueryable<Hit> Hits(RegistryDbContext db, WorklistCriteria criteria) =>
        criteria.View == WorklistView.Done ? DoneTasks(db, criteria) : OpenTasks(db, criteria);

    private static IQueryable<Hit> OpenTasks(RegistryDbContext db, WorklistCriteria criteria)
    {
        var user = criteria.User;
        var roles = criteria.Roles.Distinct(StringComparer.Ordinal).ToList();
        var kind = criteria.View == WorklistView.Incidents ? nameof(BookmarkKind.Incident) : HumanTask;
        var query = db.Set<WorkflowBookmarkRow>().AsNoTracking().Where(b => b.Kind == kind);
        query = criteria.View switch
        {
            WorklistView.Incidents => query,
            WorklistView.Mine => query.Where(b => b.Assignee == user),
            WorklistView.Group => query.Where(b => b.Assignee == null && (roles.Contains(b.Role!) || roles.Contains(b.CandidateGroup!))),
            WorklistView.Overdue => query.Where(b => b.Assignee == user || (b.Assignee == null && (roles.Contains(b.Role!) || roles.Contains(b.CandidateGroup!)))),
            _ => throw new ArgumentException($"View {criteria.View} is not an open-task view", nameof(criteria)),
        };

        if (criteria.View == WorklistView.Overdue)
        {
            var now = criteria.Now;
            var deadlines = db.Set<CaseDeadlineRow>();
            query = query.Where(b => deadlines.Any(d => d.CaseNumber == b.CorrelationId && d.ClosedAt == null && d.DueAt <= now));
        }

        if (criteria.CaseNumberPrefix is { Length: > 0 } number)
        {
            var upper = number + Top;
            query = query.Where(b => string.Compare(b.CorrelationId, number) >= 0 && string.Compare(b.CorrelationId, upper) < 0);
        }

        var cases = CaseFilter(db, criteria);
        if (cases is not null)
        {
            query = query.Where(b => cases.Any(c => c.CaseNumber == b.CorrelationId));
        }

        return query
            .OrderBy(b => b.CreatedAt)
            .ThenBy(b => b.InstanceId)
            .ThenBy(b => b.BookmarkId)
            .Select(b => new Hit { InstanceId = b.InstanceId, TaskId = b.BookmarkId, CaseNumber = b.CorrelationId, DefinitionId = b.DefinitionId, Step = b.NodeName, Role = b.Role, Assignee = b.Assignee, At = b.CreatedAt });
    }

    /// <summary>
    /// The done tab without filters: count and page over the journal index alone (a deep page skips index entries, not
    /// joined rows), then the page's instances by key. Ordered by time only, so the index order is the sort order.
    /// </summary>
    private static async Task<WorklistRowPage> AllDoneAsync(RegistryDbContext db, WorklistCriteria criteria, CancellationToken cancellationToken)
    {
        var user = criteria.User;
        var journal = db.Set<WorkflowJournalRow>().AsNoTracking()
            .Where(j => j.Actor == user)
            .Where(DoneActions)
            .OrderByDescending(j => j.At);
        var counted = await journal.Take(criteria.CountLimit + 1).CountAsync(cancellationToken).ConfigureAwait(false);
        var entries = await journal.Skip(criteria.Skip).Take(criteria.Take)
            .Select(j => new { j.InstanceId, j.NodeId, j.NodeName, j.At, j.Outcome })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = entries.Select(e => e.InstanceId).Distinct().ToList();
        var instances = await db.Set<WorkflowInstanceRow>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.CorrelationId, i.DefinitionId })
            .ToDictionaryAsync(i => i.Id, cancellationToken).ConfigureAwait(false);
        var rows = entries.Select(e => new WorklistRow(
            e.InstanceId,
            string.Empty,
            instances.TryGetValue(e.InstanceId, out var i) ? i.CorrelationId ?? string.Empty : string.Empty,
            i?.DefinitionId ?? string.Empty,
            e.NodeName ?? e.NodeId ?? string.Empty,
            null,
            user,
            e.At,
            e.Outcome)).ToList();
        return new WorklistRowPage(rows, Math.Min(counted, criteria.CountLimit), counted > criteria.CountLimit);
    }

    private static IQueryable<Hit> DoneTasks(RegistryDbContext db, WorklistCriteria criteria)
    {
        var user = criteria.User;

        // Index (Actor, At, Action): the actor's entries newest first, the action checked in the index.
        var journal = db.Set<WorkflowJournalRow>().AsNoTracking().Where(j => j.Actor == user).Where(DoneActions);
        var instances = db.Set<WorkflowInstanceRow>().AsNoTracking();
        if (criteria.CaseNumberPrefix is { Length: > 0 } number)
        {
            var upper = number + Top;
            instances = instances.Where(i => string.Compare(i.CorrelationId, number) >= 0 && string.Compare(i.CorrelationId, upper) < 0);
        }

        // A unit code or party name is selective: its case numbers (IN subquery) drive the instance index, instead of
        // testing each of the person's tens of thousands of done entries. The business type alone is not selective and is
        // tested per entry (EXISTS), which stops after the page and the bounded count.
        // A one-character name (a surname: about a tenth of all parties) is not selective: test it per entry instead.
        if (criteria.PartyNamePrefix is { Length: 1 })
        {
            var perEntry = CaseFilter(db, criteria)!;
            instances = instances.Where(i => perEntry.Any(c => c.CaseNumber == i.CorrelationId));
        }
        else
        {
            if (SearchedCases(db, criteria) is { } searched)
            {
                var numbers = searched.Select(c => c.CaseNumber);
                instances = instances.Where(i => numbers.Contains(i.CorrelationId!));
            }

            if (criteria.BusinessType is { } type)
            {
                var cases = db.Set<CaseRow>();
                instances = instances.Where(i => cases.Any(c => c.CaseNumber == i.CorrelationId && c.BusinessType == type));
            }
        }

        return journal
            .Join(instances, j => j.InstanceId, i => i.Id, (j, i) => new { j, i })
            .OrderByDescending(x => x.j.At)
            .ThenByDescending(x => x.j.InstanceId)
            .ThenByDescending(x => x.j.Sequence)
            .Select(x => new Hit { InstanceId = x.j.InstanceId, TaskId = string.Empty, CaseNumber = x.i.CorrelationId, DefinitionId = x.i.DefinitionId, Step = x.j.NodeName ?? x.j.NodeId ?? string.Empty, Assignee = x.j.Actor, At = x.j.At, Outcome = x.j.Outcome });
    }

    /// <summary>Cases whose unit code or party name starts with the search text, or null without such a search.</summary>
    private static IQueryable<CaseRow>? SearchedCases(RegistryDbContext db, WorklistCriteria criteria)
    {
        if (criteria.UnitCodePrefix is { Length: > 0 } unit)
        {
            var upper = unit + Top;
            var ids = db.Set<CaseUnitRow>().Where(u => string.Compare(u.UnitCode, unit) >= 0 && string.Compare(u.UnitCode, upper) < 0).Select(u => u.CaseId);
            return db.Set<CaseRow>().Where(c => ids.Contains(c.Id));
        }

        if (criteria.PartyNamePrefix is { Length: > 0 } name)
        {
            var upper = name + Top;
            var ids = db.Set<CasePartyRow>().Where(p => string.Compare(p.Name, name) >= 0 && string.Compare(p.Name, upper) < 0).Select(p => p.CaseId);
            return db.Set<CaseRow>().Where(c => ids.Contains(c.Id));
        }

        return null;
    }

    /// <summary>Cases matching the business type, unit code and party name filters, or null when none is set.</summary>
    private static IQueryable<CaseRow>? CaseFilter(RegistryDbContext db, WorklistCriteria criteria)
    {
        if (criteria.BusinessType is null && criteria.UnitCodePrefix is null && criteria.PartyNamePrefix is null)
        {
            return null;
        }

        var cases = db.Set<CaseRow>().AsNoTracking();
        if (criteria.BusinessType is { } type)
        {
            cases = cases.Where(c => c.BusinessType == type);
        }

        if (criteria.UnitCodePrefix is { Length: > 0 } unit)
        {
            var upper = unit + Top;
            var units = db.Set<CaseUnitRow>();
            cases = cases.Where(c => units.Any(u => u.CaseId == c.Id && string.Compare(u.UnitCode, unit) >= 0 && string.Compare(u.UnitCode, upper) < 0));
        }

        if (criteria.PartyNamePrefix is { Length: > 0 } name)
        {
            var upper = name + Top;
            var parties = db.Set<CasePartyRow>();
            cases = cases.Where(c => parties.Any(p => p.CaseId == c.Id && string.Compare(p.Name, name) >= 0 && string.Compare(p.Name, upper) < 0));
        }

        return cases;
    }

    /// <summary>A row as SQL returns it (member-init, so EF can page and count over it).</summary>
    private sealed class Hit
    {
        public Guid InstanceId { get; init; }

        public required string TaskId { get; init; }

        public string? CaseNumber { get; init; }

        public required string DefinitionId { get; init; }

        public required string Step { get; init; }

        public string? Role { get; init; }

        public string? Assignee { get; init; }

        public DateTimeOffset At { get; init; }

        public string? Outcome { get; init; }
    }
}
