using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Worklist;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;
using Registry.Workflows.Worklist;

namespace Registry.Persistence.Tests.Workflows;

/// <summary>
/// The SQLite commit writes only what changed (bookmark rows updated in place, the instance's indexed columns left alone),
/// and the partial indexes this relies on are still the ones the worklist and timer queries use.
/// </summary>
public sealed class StoreWriteTests
{
    [Fact]
    public async Task BookmarkRows_AfterEveryKindOfStep_AreExactlyTheOpenBookmarksOfTheState()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "ROWS-1"));
        await AssertRowsMatchAsync(db, i);

        // claim (Assignee, ClaimedAt change on a kept row), release, complete (a closed row reused for the next task)
        i = await runtime.ClaimTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, "王受理");
        await AssertRowsMatchAsync(db, i);
        i = await runtime.ReleaseTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, "王受理");
        await AssertRowsMatchAsync(db, i);
        db.Time.Advance(TimeSpan.FromMinutes(5));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        await AssertRowsMatchAsync(db, i);

        // suspend and resume change every row's instance status; the split opens three bookmarks from one
        i = await runtime.SuspendAsync(i.Id, "王受理", "S01", "等待公告");
        await AssertRowsMatchAsync(db, i);
        i = await runtime.ResumeAsync(i.Id, "王受理");
        await AssertRowsMatchAsync(db, i);
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        Assert.Equal(3, i.OpenBookmarks.Length);
        await AssertRowsMatchAsync(db, i);

        // a return from a branch closes the other branches (rows deleted) and reopens an earlier task
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "registrationReview").Id, new TaskDecision("李四", Outcomes.Return, "补正", "firstReview"));
        await AssertRowsMatchAsync(db, i);
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        i = await runtime.SignalAsync(i.Id, "tax-paid", "税务");
        await AssertRowsMatchAsync(db, i);
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "tradeCheck").Id, new TaskDecision("赵五", Outcomes.Approve, "同意"));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "registrationReview").Id, new TaskDecision("李四", Outcomes.Approve, "同意"));
        await AssertRowsMatchAsync(db, i);
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "approval").Id, new TaskDecision("钱六", Outcomes.Approve, "同意"));
        Assert.Equal(InstanceStatus.Completed, i.Status);
        await AssertRowsMatchAsync(db, i);

        // a host that never cached the instance (rows replaced as a whole) agrees with the one that wrote differences
        var verification = await db.NewHost().GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task BookmarkRows_WrittenByAHostWithoutTheCachedState_StillMatch_AndTheNextDifferenceApplies()
    {
        var (db, a) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(a, await WorkflowDatabase.SampleAsync(a));
        var i = await a.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartRequest("house-transfer-resale", "王受理", "ROWS-2"));

        // Host B has not seen version 1 in its cache before loading; host A's cached copy is then stale.
        var b = db.NewHost().GetRequiredService<IWorkflowRuntime>();
        i = await b.ClaimTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, "王受理");
        await AssertRowsMatchAsync(db, i);
        i = await a.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        await AssertRowsMatchAsync(db, i);
        Assert.Equal("firstReview", Assert.Single(i.OpenBookmarks).NodeId);
    }

    [Fact]
    public async Task Commit_OfAnOrdinaryStep_DoesNotRewriteTheInstanceStatusIndex_OrTheUnchangedBookmarkIndexes()
    {
        var (db, host) = await WorkflowDatabase.CreateAsync();
        await using var _ = db;
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "PAGES-1"));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));

        // One instance: every table and index is a single (root) page, so the pages the step appends to the WAL say which
        // b-trees it wrote.
        var roots = await RootPagesAsync(db.DatabasePath);
        var written = await PagesWrittenAsync(db.DatabasePath, async () =>
            i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Return, "退回", "acceptance")));
        string[] Written(params string[] names) => names.Where(n => written.Contains(roots[n])).ToArray();

        Assert.Equal("acceptance", Assert.Single(i.OpenBookmarks).NodeId);
        Assert.Equal(["WorkflowInstances", "WorkflowBookmarks", "IX_WorkflowBookmarks_Queue_Role", "WorkflowJournal", "IX_WorkflowJournal_Actor_At_Action"], Written("WorkflowInstances", "WorkflowBookmarks", "IX_WorkflowBookmarks_Queue_Role", "WorkflowJournal", "IX_WorkflowJournal_Actor_At_Action"));
        Assert.Empty(Written("IX_WorkflowInstances_DefinitionId_Status", "IX_WorkflowInstances_CorrelationId", "IX_WorkflowBookmarks_Assignee", "IX_WorkflowBookmarks_DueAt", "IX_WorkflowBookmarks_Queue_CandidateGroup", "IX_WorkflowBookmarks_CorrelationId"));
    }

    [Fact]
    public async Task WorklistAndTimerQueries_UseThePartialIndexes()
    {
        var capture = new CommandCapture();
        var db = new WorkflowDatabase();
        await using var _ = db;
        var host = db.NewHost(s => s.ConfigureDbContext<RegistryDbContext>(o => o.AddInterceptors(capture), ServiceLifetime.Singleton));
        await host.InitializeRegistryDatabaseAsync();
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "PLAN-1"));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        await runtime.ClaimTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, "张三");
        var waiting = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "PLAN-2"));
        await runtime.CompleteTaskAsync(waiting.Id, WorkflowDatabase.Task(waiting, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        var now = db.Time.GetUtcNow();

        var done = await Plans(capture, db, () => host.GetRequiredService<IWorklistQuery>().FindAsync(new WorklistCriteria(WorklistView.Done, "王受理", ["acceptor"], now)));
        var doneByCase = await Plans(capture, db, () => host.GetRequiredService<IWorklistQuery>().FindAsync(new WorklistCriteria(WorklistView.Done, "王受理", ["acceptor"], now, CaseNumberPrefix: "PLAN")));
        var mine = await Plans(capture, db, () => host.GetRequiredService<IWorkTaskQuery>().FindAsync(new WorkTaskCriteria(Assignee: "张三")));
        var group = await Plans(capture, db, () => host.GetRequiredService<IWorklistQuery>().FindAsync(new WorklistCriteria(WorklistView.Group, "李四", ["examiner", "review-group"], now)));
        var timers = await Plans(capture, db, () => host.GetRequiredService<IWorkflowInstanceStore>().FindDueTimersAsync(now, 10));

        Assert.Equal(2, done.Result.Count); // both acceptances
        Assert.Equal(2, doneByCase.Result.Count);
        Assert.Equal("张三", Assert.Single(mine.Result.Items).Assignee);
        Assert.Equal("PLAN-2", Assert.Single(group.Result.Rows).CaseNumber);
        Assert.Empty(timers.Result);
        Assert.Contains("IX_WorkflowJournal_Actor_At_Action", done.Plan, StringComparison.Ordinal);
        Assert.Contains("IX_WorkflowJournal_Actor_At_Action", doneByCase.Plan, StringComparison.Ordinal);
        Assert.Contains("IX_WorkflowBookmarks_Assignee", mine.Plan, StringComparison.Ordinal);
        Assert.Contains("IX_WorkflowBookmarks_Queue_Role", group.Plan, StringComparison.Ordinal); // unclaimed tasks only
        Assert.Contains("IX_WorkflowBookmarks_DueAt", timers.Plan, StringComparison.Ordinal);
    }

    private static async Task AssertRowsMatchAsync(WorkflowDatabase db, WorkflowInstance instance)
    {
        await using var connection = new SqliteConnection($"Data Source={db.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT BookmarkId, DefinitionId, DefinitionVersion, CorrelationId, InstanceStatus, NodeId, NodeName, Kind, Role, CandidateGroup, Assignee, ClaimedAt, SignalName, CreatedAt, DueAt " +
            "FROM WorkflowBookmarks WHERE InstanceId = $id ORDER BY BookmarkId";
        command.Parameters.AddWithValue("$id", instance.Id);
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(c => reader.IsDBNull(c) ? "-" : Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        var expected = instance.OpenBookmarks.OrderBy(b => b.Id, StringComparer.Ordinal).Select(b => string.Join("|", new object?[]
        {
            b.Id, instance.DefinitionId, instance.DefinitionVersion, instance.CorrelationId, instance.Status.ToString(), b.NodeId, b.NodeName, b.Kind.ToString(),
            b.Role, b.CandidateGroup, b.Assignee, b.ClaimedAt?.UtcTicks, b.SignalName, b.CreatedAt.UtcTicks, b.DueAt?.UtcTicks,
        }.Select(v => v is null ? "-" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(expected, rows);
    }

    private static async Task<Dictionary<string, long>> RootPagesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var list = connection.CreateCommand();
        list.CommandText = "SELECT name, rootpage FROM sqlite_master WHERE tbl_name LIKE 'Workflow%' AND rootpage > 0";
        var roots = new Dictionary<string, long>();
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            roots[reader.GetString(0)] = reader.GetInt64(1);
        }

        return roots;
    }

    /// <summary>The page numbers <paramref name="step"/> appends to the WAL (a reader pins the WAL meanwhile, so nothing is checkpointed away).</summary>
    private static async Task<HashSet<long>> PagesWrittenAsync(string path, Func<Task> step)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var pin = connection.BeginTransaction(deferred: true);
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = pin;
            read.CommandText = "SELECT count(*) FROM WorkflowInstances";
            await read.ExecuteScalarAsync();
        }

        var before = WalPages(path + "-wal").Count;
        await step();
        return WalPages(path + "-wal").Skip(before).ToHashSet();
    }

    private static List<long> WalPages(string wal)
    {
        byte[] bytes;
        using (var stream = new FileStream(wal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        var pages = new List<long>();
        if (bytes.Length < 32)
        {
            return pages;
        }

        var pageSize = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8));
        var salt = bytes.AsSpan(16, 8).ToArray();
        for (var offset = 32; offset + 24 + pageSize <= bytes.Length; offset += 24 + pageSize)
        {
            if (!bytes.AsSpan(offset + 8, 8).SequenceEqual(salt))
            {
                break;
            }

            pages.Add(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset)));
        }

        return pages;
    }

    /// <summary>Runs a query through the store and returns its result and SQLite's plan of every statement it ran.</summary>
    private static async Task<(T Result, string Plan)> Plans<T>(CommandCapture capture, WorkflowDatabase db, Func<Task<T>> query)
    {
        capture.Commands.Clear();
        var result = await query();
        var plan = new System.Text.StringBuilder();
        await using var connection = new SqliteConnection($"Data Source={db.DatabasePath}");
        await connection.OpenAsync();
        foreach (var (sql, parameters) in capture.Commands)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.AppendLine(reader.GetString(3));
            }
        }

        return (result, plan.ToString());
    }

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public ConcurrentQueue<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
