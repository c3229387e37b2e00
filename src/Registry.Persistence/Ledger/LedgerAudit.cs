using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Application.Ledger;
using Registry.Application.Notifications;
using Registry.Persistence.Rows;
using Registry.Persistence.Workflows;

namespace Registry.Persistence.Ledger;

/// <summary>
/// Verifies the register ledger (every link's MAC, no gaps), the register entries against their links (content hash of
/// the entry and its holders at append and at close), every instance's journal chain against the instance row, and all of
/// them against the signed checkpoints — so a rewritten row, a re-chained tail without the key, a cut tail (against the last
/// checkpoint) and an edited holder's name are each reported, naming the table, the row and the position. Streams every
/// table once; the memory it keeps is one small record per register entry.
/// </summary>
internal sealed partial class LedgerAudit(
    IDbContextFactory<RegistryDbContext> factory,
    LedgerKeyRing keys,
    FileLedgerAnchor file,
    IEnumerable<ILedgerAnchor> anchors,
    TimeProvider time,
    ILogger<LedgerAudit> logger,
    IOptions<NotificationOptions>? notificationOptions = null,
    INotificationOutbox? outbox = null) : ILedgerAudit
{
    private const int ProblemLimit = 1000;

    // Instances changed a little before the previous checkpoint are included again: a commit in flight then is not missed.
    private static readonly TimeSpan CheckpointOverlap = TimeSpan.FromMinutes(5);

    public async Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var problems = new Problems();
        var checkpoints = await ReadCheckpointsAsync(problems, cancellationToken);

        // Three independent streams, each on its own connection: the ledger's links, the entries' content, the journals.
        var chain = Task.Run(() => VerifyRegisterChainAsync(checkpoints, problems, cancellationToken), cancellationToken);
        var contents = Task.Run(() => HashEntriesAsync(problems, cancellationToken), cancellationToken);
        var journals = Task.Run(() => VerifyJournalsAsync(checkpoints, problems, cancellationToken), cancellationToken);
        var (events, ledgerCount) = await chain;
        var entries = await contents;
        CompareEntries(events, entries, problems);
        var (journalRows, instances) = await journals;
        return new LedgerVerification(ledgerCount, entries.Count, journalRows, instances, checkpoints.Count, problems.First, problems.Count, stopwatch.Elapsed);
    }

    public async Task<LedgerCheckpoint> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        var key = keys.Current;
        var at = time.GetUtcNow();
        var previous = (await ReadCheckpointsAsync(new Problems(), cancellationToken)).LastOrDefault();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var head = await RegisterLedgerChain.ReadHeadAsync(db, cancellationToken);
        var instances = db.Set<WorkflowInstanceRow>().AsNoTracking().Where(r => r.JournalSequence > 0);
        if (previous is not null)
        {
            var since = previous.At - CheckpointOverlap;
            instances = instances.Where(r => r.UpdatedAt >= since);
        }

        var heads = (await instances.Select(r => new { r.Id, r.JournalSequence, r.JournalHead }).ToListAsync(cancellationToken))
            .Select(r => new JournalHead(r.Id, r.JournalSequence, r.JournalHead.TrimEnd())).ToList();
        var number = (previous?.Number ?? 0) + 1;
        var previousSignature = previous?.Signature ?? string.Empty;
        var payload = JsonSerializer.Serialize(new CheckpointPayload
        {
            N = number,
            At = at.ToString("O", CultureInfo.InvariantCulture),
            KeyId = key.Id,
            RegisterPosition = head.Position,
            RegisterMac = head.Mac,
            Journal = [.. heads.Select(h => new[] { h.InstanceId.ToString("D"), h.Sequence.ToString(CultureInfo.InvariantCulture), h.Mac })],
            Prev = previousSignature,
        });
        var checkpoint = new LedgerCheckpoint(number, at, key.Id, head.Position, head.Mac, heads, previousSignature, payload,
            LedgerMac.Compute(key, Encoding.UTF8.GetBytes(payload)));
        foreach (var anchor in anchors)
        {
            await anchor.AnchorAsync(checkpoint, cancellationToken);
        }

        LogCheckpoint(logger, number, head.Position, heads.Count);
        return checkpoint;
    }

    public async Task<LedgerVerification> VerifyAndCheckpointAsync(CancellationToken cancellationToken = default)
    {
        var verification = await VerifyAsync(cancellationToken);
        if (verification.FirstBroken is not { } broken)
        {
            await CheckpointAsync(cancellationToken);
            return verification;
        }

        // A broken record is never sealed by a new checkpoint: the alert names the first broken link.
        LogBroken(logger, broken.Table, broken.RowId, broken.Position, broken.Problem, verification.BrokenCount);
        if (outbox is not null)
        {
            var parameters = new Dictionary<string, string>
            {
                ["table"] = broken.Table,
                ["rowId"] = broken.RowId,
                ["position"] = broken.Position?.ToString(CultureInfo.InvariantCulture) ?? "—",
                ["problem"] = broken.Problem,
            };
            await outbox.EnqueueAsync(
                OutboxMessage.Create(NotificationChannel.InApp, notificationOptions?.Value.AlertRecipient ?? "role:business-admin", NotificationTemplates.LedgerBroken, parameters,
                    $"ledger-broken:{broken.Table}:{broken.RowId}:{broken.Position}"),
                cancellationToken);
        }

        return verification;
    }

    private async Task<List<ParsedCheckpoint>> ReadCheckpointsAsync(Problems problems, CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedCheckpoint>();
        var previousSignature = string.Empty;
        var lineNumber = 0;
        foreach (var (payload, signature) in await file.ReadAllAsync(cancellationToken))
        {
            lineNumber++;
            CheckpointPayload? model;
            try
            {
                model = JsonSerializer.Deserialize<CheckpointPayload>(payload);
            }
            catch (JsonException)
            {
                model = null;
            }

            if (model is null)
            {
                problems.Add(0, new BrokenLink("checkpoints", lineNumber.ToString(CultureInfo.InvariantCulture), lineNumber, "the checkpoint line cannot be read"));
                continue;
            }

            var key = keys.Find(model.KeyId);
            if (key is null || LedgerMac.Compute(key, Encoding.UTF8.GetBytes(payload)) != signature)
            {
                problems.Add(0, new BrokenLink("checkpoints", model.N.ToString(CultureInfo.InvariantCulture), lineNumber,
                    key is null ? $"checkpoint {model.N} is signed with key '{model.KeyId}', which is not in the key ring" : $"checkpoint {model.N}'s signature does not verify: the line was changed"));
                continue;
            }

            if (model.N != parsed.Count + 1 || model.Prev != previousSignature)
            {
                problems.Add(0, new BrokenLink("checkpoints", model.N.ToString(CultureInfo.InvariantCulture), lineNumber, $"checkpoint {model.N} does not follow the one before it (a checkpoint was removed)"));
            }

            previousSignature = signature;
            parsed.Add(new ParsedCheckpoint(model.N, DateTimeOffset.Parse(model.At, CultureInfo.InvariantCulture), model.RegisterPosition, model.RegisterMac,
                [.. model.Journal.Select(j => new JournalHead(Guid.Parse(j[0]), long.Parse(j[1], CultureInfo.InvariantCulture), j[2]))], signature));
        }

        return parsed;
    }

    private async Task<(Dictionary<Guid, EntryLinks> Events, long Count)> VerifyRegisterChainAsync(List<ParsedCheckpoint> checkpoints, Problems problems, CancellationToken cancellationToken)
    {
        var events = new Dictionary<Guid, EntryLinks>();
        var anchored = checkpoints.Where(c => c.RegisterPosition > 0).GroupBy(c => c.RegisterPosition).ToDictionary(g => g.Key, g => g.First());
        var seenAnchors = new Dictionary<long, string>();
        var previous = RegisterLedgerChain.Genesis;
        var expected = 1L;
        long count = 0;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await foreach (var row in db.Set<RegisterLedgerRow>().AsNoTracking().OrderBy(r => r.Position).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            var id = row.EntryId.ToString("D");
            var mac = row.Mac.TrimEnd();
            if (row.Position != expected)
            {
                problems.Add(1, new BrokenLink("RegisterLedger", id, expected, $"register ledger link {expected} is missing (the next link is {row.Position})"));
            }
            else if (keys.Find(LedgerMac.KeyIdOf(mac)) is not { } key)
            {
                problems.Add(1, new BrokenLink("RegisterLedger", id, row.Position, $"link {row.Position} names key '{LedgerMac.KeyIdOf(mac)}', which is not in the key ring"));
            }
            else if (RegisterLedgerChain.Mac(key, previous, row.Position, row.Event, row.EntryId, row.ContentHash) != mac)
            {
                problems.Add(1, new BrokenLink("RegisterLedger", id, row.Position, $"link {row.Position}'s MAC does not verify: the link or the one before it was rewritten without the key"));
            }

            if (anchored.ContainsKey(row.Position))
            {
                seenAnchors[row.Position] = mac;
            }

            previous = mac;
            expected = row.Position + 1;
            ref var links = ref CollectionsMarshal.GetValueRefOrAddDefault(events, row.EntryId, out var exists);
            if (row.Event == RegisterLedgerEvent.Appended)
            {
                if (exists && links.AppendPosition != 0)
                {
                    problems.Add(1, new BrokenLink("RegisterLedger", id, row.Position, $"entry {id} is appended twice (first at {links.AppendPosition})"));
                }

                links.AppendPosition = row.Position;
                links.AppendHash = HashKey(row.ContentHash);
            }
            else
            {
                links.ClosePosition = row.Position;
                links.CloseHash = HashKey(row.ContentHash);
            }
        }

        // Against the checkpoints: the ledger must still reach each anchored position with the same MAC.
        foreach (var (position, checkpoint) in anchored)
        {
            if (!seenAnchors.TryGetValue(position, out var mac))
            {
                problems.Add(2, new BrokenLink("RegisterLedger", "—", position,
                    $"the register ledger ends at {expected - 1} but checkpoint {checkpoint.Number} ({checkpoint.At:O}) recorded link {position}: its tail was cut"));
            }
            else if (mac != checkpoint.RegisterMac)
            {
                problems.Add(2, new BrokenLink("RegisterLedger", "—", position, $"link {position} is not the one checkpoint {checkpoint.Number} recorded: the chain was rebuilt"));
            }
        }

        return (events, count);
    }

    private async Task<Dictionary<Guid, EntryContent>> HashEntriesAsync(Problems problems, CancellationToken cancellationToken)
    {
        await using var entriesDb = await factory.CreateDbContextAsync(cancellationToken);
        await using var holdersDb = await factory.CreateDbContextAsync(cancellationToken);
        entriesDb.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        holdersDb.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));

        // Holder rows whose entry is gone are reported once and kept out of the merge below.
        var orphans = await holdersDb.Holders.AsNoTracking().Where(h => !holdersDb.Entries.Any(e => e.Id == h.EntryId))
            .Select(h => new { h.EntryId, h.Ordinal }).Take(ProblemLimit).ToListAsync(cancellationToken);
        foreach (var orphan in orphans)
        {
            problems.Add(3, new BrokenLink("RightHolders", $"{orphan.EntryId:D}/{orphan.Ordinal}", null,
                $"holder {orphan.Ordinal} belongs to entry {orphan.EntryId:D}, which is not in the register"));
        }

        var orphanIds = orphans.Select(o => o.EntryId).ToHashSet();
        await using var holders = holdersDb.Holders.AsNoTracking().OrderBy(h => h.EntryId).ThenBy(h => h.Ordinal)
            .AsAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
        var holder = await NextHolderAsync(holders, orphanIds);
        var contents = new Dictionary<Guid, EntryContent>();
        var entryHolders = new List<RightHolderRow>();
        await foreach (var entry in entriesDb.Entries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            entryHolders.Clear();
            while (holder is not null && holder.EntryId == entry.Id)
            {
                entryHolders.Add(holder);
                holder = await NextHolderAsync(holders, orphanIds);
            }

            var closed = entry.ClosedAt is not null || entry.ClosedByCaseNumber is not null;
            contents[entry.Id] = new EntryContent
            {
                AppendHash = HashKey(RegisterLedgerContent.AppendedHash(entry, entryHolders)),
                CloseHash = closed ? HashKey(RegisterLedgerContent.ClosedHash(entry.Id, entry.ClosedAt, entry.ClosedByCaseNumber)) : 0,
                IsClosed = closed,
                HasHolders = entryHolders.Count > 0,
            };
        }

        return contents;
    }

    private static void CompareEntries(Dictionary<Guid, EntryLinks> events, Dictionary<Guid, EntryContent> contents, Problems problems)
    {
        foreach (var (entryId, content) in contents)
        {
            var id = entryId.ToString("D");
            ref var links = ref CollectionsMarshal.GetValueRefOrNullRef(events, entryId);
            if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref links) || links.AppendPosition == 0)
            {
                problems.Add(3, new BrokenLink("RegisterEntries", id, null, $"entry {id} has no link in the register ledger: it was inserted outside the product"));
                continue;
            }

            links.Seen = true;
            if (content.AppendHash != links.AppendHash)
            {
                problems.Add(3, new BrokenLink(content.HasHolders ? "RegisterEntries/RightHolders" : "RegisterEntries", id, links.AppendPosition,
                    $"entry {id} or its holders differ from what link {links.AppendPosition} recorded: edited after booking"));
            }

            if (content.IsClosed)
            {
                if (links.ClosePosition == 0)
                {
                    problems.Add(3, new BrokenLink("RegisterEntries", id, links.AppendPosition, $"entry {id} is closed but no link records its closing"));
                }
                else if (content.CloseHash != links.CloseHash)
                {
                    problems.Add(3, new BrokenLink("RegisterEntries", id, links.ClosePosition, $"entry {id}'s closing differs from what link {links.ClosePosition} recorded"));
                }
            }
            else if (links.ClosePosition != 0)
            {
                problems.Add(3, new BrokenLink("RegisterEntries", id, links.ClosePosition, $"entry {id} was closed at link {links.ClosePosition} but is open again"));
            }
        }

        foreach (var (entryId, links) in events)
        {
            if (!links.Seen && links.AppendPosition != 0)
            {
                problems.Add(3, new BrokenLink("RegisterEntries", entryId.ToString("D"), links.AppendPosition, $"entry {entryId:D}, linked at {links.AppendPosition}, is missing: it was deleted"));
            }
        }
    }

    private static async Task<RightHolderRow?> NextHolderAsync(IAsyncEnumerator<RightHolderRow> holders, HashSet<Guid> orphans)
    {
        while (await holders.MoveNextAsync())
        {
            if (!orphans.Contains(holders.Current.EntryId))
            {
                return holders.Current;
            }
        }

        return null;
    }

    private async Task<(long Rows, long Instances)> VerifyJournalsAsync(List<ParsedCheckpoint> checkpoints, Problems problems, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var written = await db.Set<WorkflowInstanceRow>().AsNoTracking()
            .Select(r => new { r.Id, r.JournalSequence, r.JournalHead })
            .ToDictionaryAsync(r => r.Id, r => (r.JournalSequence, Head: r.JournalHead.TrimEnd()), cancellationToken);

        // The latest checkpointed head of each instance; later checkpoints supersede earlier ones.
        var anchored = new Dictionary<Guid, (JournalHead Head, long Checkpoint)>();
        foreach (var checkpoint in checkpoints)
        {
            foreach (var head in checkpoint.JournalHeads)
            {
                anchored[head.InstanceId] = (head, checkpoint.Number);
            }
        }

        long rows = 0;
        var checkedInstances = new HashSet<Guid>();
        Guid? current = null;
        var previous = JournalHashChain.Genesis;
        long expected = 1;
        string? anchoredMac = null;

        void Finish(Guid instanceId, long last, string head, string? macAtAnchor)
        {
            checkedInstances.Add(instanceId);
            var row = instanceId.ToString("D");
            if (written.TryGetValue(instanceId, out var w))
            {
                if (w.JournalSequence > last)
                {
                    problems.Add(4, new BrokenLink("WorkflowJournal", row, last + 1, $"instance {row} wrote {w.JournalSequence} journal rows but only {last} remain"));
                }
                else if (last > 0 && w.Head != head)
                {
                    problems.Add(4, new BrokenLink("WorkflowJournal", row, last, $"journal row {last} of instance {row} is not the head the instance recorded"));
                }
            }

            if (anchored.TryGetValue(instanceId, out var a))
            {
                if (a.Head.Sequence > last)
                {
                    problems.Add(4, new BrokenLink("WorkflowJournal", row, a.Head.Sequence,
                        $"instance {row}'s journal ends at {last} but checkpoint {a.Checkpoint} recorded row {a.Head.Sequence}: its tail was cut"));
                }
                else if (macAtAnchor != a.Head.Mac)
                {
                    problems.Add(4, new BrokenLink("WorkflowJournal", row, a.Head.Sequence, $"journal row {a.Head.Sequence} of instance {row} is not the one checkpoint {a.Checkpoint} recorded"));
                }
            }
        }

        await foreach (var row in db.Set<WorkflowJournalRow>().AsNoTracking().OrderBy(r => r.InstanceId).ThenBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            if (current != row.InstanceId)
            {
                if (current is { } done)
                {
                    Finish(done, expected - 1, previous, anchoredMac);
                }

                current = row.InstanceId;
                previous = JournalHashChain.Genesis;
                expected = 1;
                anchoredMac = null;
            }

            var id = row.InstanceId.ToString("D");
            if (row.Sequence != expected)
            {
                problems.Add(4, new BrokenLink("WorkflowJournal", id, expected, $"journal row {expected} of instance {id} is missing (the next row is {row.Sequence})"));
            }
            else if (!JournalHashChain.Verify(keys, previous, row, out var problem))
            {
                problems.Add(4, new BrokenLink("WorkflowJournal", id, row.Sequence, $"journal row {row.Sequence} of instance {id} does not match its MAC: {problem}"));
            }

            previous = row.Hash.TrimEnd();
            expected = row.Sequence + 1;
            if (anchored.TryGetValue(row.InstanceId, out var a) && a.Head.Sequence == row.Sequence)
            {
                anchoredMac = previous;
            }
        }

        if (current is { } lastInstance)
        {
            Finish(lastInstance, expected - 1, previous, anchoredMac);
        }

        // Instances whose every journal row is gone.
        foreach (var (instanceId, w) in written)
        {
            if (!checkedInstances.Contains(instanceId) && w.JournalSequence > 0)
            {
                Finish(instanceId, 0, JournalHashChain.Genesis, null);
            }
        }

        foreach (var (instanceId, a) in anchored)
        {
            if (!checkedInstances.Contains(instanceId) && !written.ContainsKey(instanceId))
            {
                problems.Add(4, new BrokenLink("WorkflowInstances", instanceId.ToString("D"), a.Head.Sequence, $"instance {instanceId:D}, recorded by checkpoint {a.Checkpoint}, is gone with its journal"));
            }
        }

        return (rows, written.Count);
    }

    // The first 16 bytes of a content hash: enough to tell a changed entry (the link's MAC covers the whole hash).
    private static UInt128 HashKey(string hex) => hex.Length >= 32 ? UInt128.Parse(hex.AsSpan(0, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ledger checkpoint {Number}: register ledger at {Position}, {Instances} journal heads")]
    private static partial void LogCheckpoint(ILogger logger, long number, long position, int instances);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Ledger verification: first broken link in {Table} row {RowId} at {Position}: {Problem} ({Count} broken links)")]
    private static partial void LogBroken(ILogger logger, string table, string rowId, long? position, string problem, int count);

    private struct EntryLinks
    {
        public long AppendPosition;
        public UInt128 AppendHash;
        public long ClosePosition;
        public UInt128 CloseHash;
        public bool Seen;
    }

    private struct EntryContent
    {
        public UInt128 AppendHash;
        public UInt128 CloseHash;
        public bool IsClosed;
        public bool HasHolders;
    }

    private sealed record ParsedCheckpoint(long Number, DateTimeOffset At, long RegisterPosition, string RegisterMac, IReadOnlyList<JournalHead> JournalHeads, string Signature);

    private sealed class CheckpointPayload
    {
        public long N { get; set; }

        public string At { get; set; } = string.Empty;

        public string KeyId { get; set; } = string.Empty;

        public long RegisterPosition { get; set; }

        public string RegisterMac { get; set; } = string.Empty;

        public List<string[]> Journal { get; set; } = [];

        public string Prev { get; set; } = string.Empty;
    }

    /// <summary>Broken links found, ordered by check (checkpoints, chain, anchors, entries, journals) then position.</summary>
    private sealed class Problems
    {
        private readonly Lock _gate = new();
        private (int Stage, long Position, BrokenLink Link)? _first;
        private int _count;

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _count;
                }
            }
        }

        public BrokenLink? First
        {
            get
            {
                lock (_gate)
                {
                    return _first?.Link;
                }
            }
        }

        // The passes run at once; the first link is chosen by stage and position, not by arrival.
        public void Add(int stage, BrokenLink link)
        {
            lock (_gate)
            {
                if (_count < ProblemLimit)
                {
                    _count++;
                }

                var position = link.Position ?? long.MaxValue;
                if (_first is not { } f || stage < f.Stage || (stage == f.Stage && position < f.Position))
                {
                    _first = (stage, position, link);
                }
            }
        }
    }
}
