using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Ledger;
using Registry.Application.Notifications;
using Registry.Application.Register;
using Registry.Persistence.Ledger;
using Registry.Persistence.Rows;
using Registry.Persistence.Tests.Workflows;
using Registry.Persistence.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Tests.Ledger;

/// <summary>
/// The attacks a keyed, anchored record must survive, each done with database access but without the key file: rewrite a
/// row and re-chain after it, cut the tail (caught against the last checkpoint), edit a holder's name — and the first
/// broken link is named by table, row and position.
/// </summary>
public sealed class LedgerTamperTests
{
    private static async Task<(WorkflowDatabase Db, ServiceProvider Host, WorkflowInstance Instance)> RecordAsync()
    {
        var db = new WorkflowDatabase();
        var host = db.NewHost(s => s.AddLogging());
        await host.InitializeRegistryDatabaseAsync();
        await WorkflowDatabase.PublishAsync(host, await WorkflowDatabase.SampleAsync(host));
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var i = await runtime.StartAsync(new StartRequest("house-transfer-resale", "王受理", "LEDGER-1"));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "acceptance").Id, new TaskDecision("王受理", Outcomes.Approve));
        i = await runtime.CompleteTaskAsync(i.Id, WorkflowDatabase.Task(i, "firstReview").Id, new TaskDecision("张三", Outcomes.Approve, "同意"));
        await using var scope = host.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(Samples.RichFlat());
        return (db, host, i);
    }

    private static RegistryDbContext Context(IServiceProvider host) => host.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();

    // What an attacker without the key can do: a key of their own under the real key id.
    private static LedgerKey ForgedKey(IServiceProvider host) => new(host.GetRequiredService<LedgerKeyRing>().Current.Id, RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task UntouchedRecord_IsIntact_BeforeAndAfterACheckpoint()
    {
        var (db, host, i) = await RecordAsync();
        await using var _ = db;
        var audit = host.GetRequiredService<ILedgerAudit>();

        var first = await audit.VerifyAsync();
        Assert.True(first.IsIntact, first.FirstBroken?.Problem);
        Assert.Equal(i.JournalSequence, first.JournalRows);
        Assert.True(first.RegisterEntries >= 8);
        Assert.True(first.RegisterEvents > first.RegisterEntries); // closed history entries have a second link

        var checkpoint = await audit.CheckpointAsync();
        Assert.Equal(first.RegisterEvents, checkpoint.RegisterPosition);
        Assert.Contains(checkpoint.JournalHeads, h => h.InstanceId == i.Id && h.Sequence == i.JournalSequence);
        var second = await audit.VerifyAsync();
        Assert.True(second.IsIntact, second.FirstBroken?.Problem);
        Assert.Equal(1, second.Checkpoints);
    }

    [Fact]
    public async Task HolderNameEdited_InARegisterEntry_IsNamedByEntryAndPosition()
    {
        var (db, host, _) = await RecordAsync();
        await using var __ = db;
        await using var context = Context(host);
        var holder = await context.Set<RightHolderRow>().FirstAsync(h => h.Name == "王五");
        var link = await context.Set<RegisterLedgerRow>().SingleAsync(l => l.EntryId == holder.EntryId && l.Event == RegisterLedgerEvent.Appended);
        await context.Set<RightHolderRow>().Where(h => h.EntryId == holder.EntryId && h.Ordinal == holder.Ordinal)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Name, "王五一"));

        var result = await host.GetRequiredService<ILedgerAudit>().VerifyAsync();

        var broken = Assert.IsType<BrokenLink>(result.FirstBroken);
        Assert.Equal(("RegisterEntries/RightHolders", holder.EntryId.ToString("D"), (long?)link.Position), (broken.Table, broken.RowId, broken.Position));
        Assert.Contains("edited after booking", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterRowRewritten_AndTheLedgerReChainedWithoutTheKey_IsDetectedAtThatLink()
    {
        var (db, host, _) = await RecordAsync();
        await using var __ = db;
        await using var context = Context(host);

        // The attacker edits a mortgage's amount, recomputes its content hash and re-chains every link from there on.
        var entry = await context.Entries.AsNoTracking().FirstAsync(e => e.Kind == "Mortgage" && e.Amount == 650_000.50m);
        await context.Entries.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Amount, 65_000.50m));
        entry.Amount = 65_000.50m;
        var holders = await context.Holders.AsNoTracking().Where(h => h.EntryId == entry.Id).ToListAsync();
        var links = await context.Set<RegisterLedgerRow>().AsNoTracking().OrderBy(l => l.Position).ToListAsync();
        var target = links.Single(l => l.EntryId == entry.Id && l.Event == RegisterLedgerEvent.Appended);
        var key = ForgedKey(host);
        var previous = target.Position == 1 ? RegisterLedgerChain.Genesis : links.Single(l => l.Position == target.Position - 1).Mac;
        foreach (var link in links.Where(l => l.Position >= target.Position))
        {
            var hash = link.Position == target.Position ? RegisterLedgerContent.AppendedHash(entry, holders) : link.ContentHash;
            var mac = RegisterLedgerChain.Mac(key, previous, link.Position, link.Event, link.EntryId, hash);
            await context.Set<RegisterLedgerRow>().Where(l => l.Position == link.Position)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ContentHash, hash).SetProperty(l => l.Mac, mac));
            previous = mac;
        }

        var result = await host.GetRequiredService<ILedgerAudit>().VerifyAsync();

        var broken = Assert.IsType<BrokenLink>(result.FirstBroken);
        Assert.Equal(("RegisterLedger", entry.Id.ToString("D"), (long?)target.Position), (broken.Table, broken.RowId, broken.Position));
        Assert.Contains("rewritten without the key", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterTailCut_WithItsEntries_IsDetectedAgainstTheLastCheckpoint()
    {
        var (db, host, _) = await RecordAsync();
        await using var __ = db;
        var audit = host.GetRequiredService<ILedgerAudit>();
        var checkpoint = await audit.CheckpointAsync();
        await using var context = Context(host);

        // The last links go, with the entries they appended and those entries' holders: what remains chains perfectly.
        var cut = await context.Set<RegisterLedgerRow>().Where(l => l.Position > checkpoint.RegisterPosition - 2).ToListAsync();
        var appended = cut.Where(l => l.Event == RegisterLedgerEvent.Appended).Select(l => l.EntryId).ToList();
        await context.Holders.Where(h => appended.Contains(h.EntryId)).ExecuteDeleteAsync();
        await context.Entries.Where(e => appended.Contains(e.Id)).ExecuteDeleteAsync();
        await context.Set<RegisterLedgerRow>().Where(l => l.Position > checkpoint.RegisterPosition - 2).ExecuteDeleteAsync();

        var result = await audit.VerifyAsync();

        var broken = Assert.IsType<BrokenLink>(result.FirstBroken);
        Assert.Equal(("RegisterLedger", (long?)checkpoint.RegisterPosition), (broken.Table, broken.Position));
        Assert.Contains("tail was cut", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalRowRewritten_ReChainedWithoutTheKey_AndTheHeadReset_IsDetectedAtThatRow()
    {
        var (db, host, i) = await RecordAsync();
        await using var __ = db;
        await using var context = Context(host);
        var rows = await context.Set<WorkflowJournalRow>().AsNoTracking().Where(r => r.InstanceId == i.Id).OrderBy(r => r.Sequence).ToListAsync();
        var target = rows.Single(r => r.NodeId == "firstReview" && r.Action == "Completed");
        var key = ForgedKey(host);
        var previous = rows.Single(r => r.Sequence == target.Sequence - 1).Hash;
        foreach (var row in rows.Where(r => r.Sequence >= target.Sequence))
        {
            if (row.Sequence == target.Sequence)
            {
                row.Opinion = "不同意";
            }

            row.Hash = JournalHashChain.Compute(key, previous, row);
            await context.Set<WorkflowJournalRow>().Where(r => r.InstanceId == i.Id && r.Sequence == row.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Opinion, row.Opinion).SetProperty(r => r.Hash, row.Hash));
            previous = row.Hash;
        }

        await context.Set<WorkflowInstanceRow>().Where(r => r.Id == i.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.JournalHead, previous));

        var result = await host.GetRequiredService<ILedgerAudit>().VerifyAsync();

        var broken = Assert.IsType<BrokenLink>(result.FirstBroken);
        Assert.Equal(("WorkflowJournal", i.Id.ToString("D"), (long?)target.Sequence), (broken.Table, broken.RowId, broken.Position));
        Assert.False((await host.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id)).IsIntact);
    }

    [Fact]
    public async Task JournalTailCut_WithTheHeadReset_PassesTheChainButNotTheLastCheckpoint()
    {
        var (db, host, i) = await RecordAsync();
        await using var __ = db;
        var audit = host.GetRequiredService<ILedgerAudit>();
        await audit.CheckpointAsync();
        await using var context = Context(host);
        var last = i.JournalSequence;
        var newHead = await context.Set<WorkflowJournalRow>().Where(r => r.InstanceId == i.Id && r.Sequence == last - 2).Select(r => r.Hash).SingleAsync();
        await context.Set<WorkflowJournalRow>().Where(r => r.InstanceId == i.Id && r.Sequence > last - 2).ExecuteDeleteAsync();
        await context.Set<WorkflowInstanceRow>().Where(r => r.Id == i.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.JournalSequence, last - 2).SetProperty(r => r.JournalHead, newHead));

        // The instance's own chain looks whole: only the checkpoint outside the database knows the journal was longer.
        Assert.True((await host.GetRequiredService<IWorkflowJournalVerifier>().VerifyAsync(i.Id)).IsIntact);
        var result = await audit.VerifyAsync();

        var broken = Assert.IsType<BrokenLink>(result.FirstBroken);
        Assert.Equal(("WorkflowJournal", i.Id.ToString("D"), (long?)last), (broken.Table, broken.RowId, broken.Position));
        Assert.Contains("tail was cut", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyRotation_OldLinksVerifyWithTheirKeyId_NewLinksWithTheNewKey()
    {
        var (db, host, i) = await RecordAsync();
        await using var __ = db;
        var ring = host.GetRequiredService<LedgerKeyRing>();
        var old = ring.Current.Id;
        var rotated = ring.Rotate();
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        var instance = await host.GetRequiredService<IWorkflowInstanceStore>().FindAsync(i.Id) ?? throw new InvalidOperationException("instance gone");
        await runtime.CompleteTaskAsync(i.Id, instance.OpenBookmarks.First(b => b.Kind == BookmarkKind.HumanTask).Id, new TaskDecision("李四", Outcomes.Approve, "同意"));

        var result = await host.GetRequiredService<ILedgerAudit>().VerifyAsync();

        Assert.True(result.IsIntact, result.FirstBroken?.Problem);
        await using var context = Context(host);
        var keyIds = (await context.Set<WorkflowJournalRow>().Where(r => r.InstanceId == i.Id).Select(r => r.Hash).ToListAsync()).Select(LedgerMac.KeyIdOf).ToHashSet();
        Assert.Equal(new HashSet<string?> { old, rotated }, keyIds);

        // A restarted host reads both keys from the file.
        var restarted = db.NewHost(s => s.AddLogging());
        Assert.True((await restarted.GetRequiredService<ILedgerAudit>().VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task NightlyRun_OnABrokenRecord_AlertsNamingTheLink_AndSealsNoCheckpoint()
    {
        var (db, host, _) = await RecordAsync();
        await using var __ = db;
        await using var context = Context(host);
        await context.Set<RightHolderRow>().Where(h => h.Name == "李四").ExecuteUpdateAsync(s => s.SetProperty(h => h.Name, "李四四"));
        var audit = host.GetRequiredService<ILedgerAudit>();

        var result = await audit.VerifyAndCheckpointAsync();

        Assert.False(result.IsIntact);
        var alert = Assert.Single(await context.Set<Registry.Persistence.Notifications.OutboxMessageRow>().Where(m => m.TemplateKey == NotificationTemplates.LedgerBroken).ToListAsync());
        Assert.Equal((NotificationChannel.InApp, "role:business-admin"), (alert.Channel, alert.Recipient));
        Assert.Contains(result.FirstBroken!.RowId, alert.Text, StringComparison.Ordinal);
        Assert.False(File.Exists(host.GetRequiredService<LedgerOptions>().CheckpointFile));
    }

    [Fact]
    public async Task CheckpointLineEdited_IsDetected()
    {
        var (db, host, _) = await RecordAsync();
        await using var __ = db;
        var audit = host.GetRequiredService<ILedgerAudit>();
        await audit.CheckpointAsync();
        var file = host.GetRequiredService<LedgerOptions>().CheckpointFile;
        var line = (await File.ReadAllTextAsync(file)).Replace("\"RegisterPosition\":", "\"RegisterPosition\":1", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, line);

        var broken = Assert.IsType<BrokenLink>((await audit.VerifyAsync()).FirstBroken);

        Assert.Equal(("checkpoints", (long?)1), (broken.Table, broken.Position));
    }
}
