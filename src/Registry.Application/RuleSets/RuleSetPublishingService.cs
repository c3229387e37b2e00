using System.Globalization;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Registry.Application.Designer;
using Registry.Application.Fields;

namespace Registry.Application.RuleSets;

/// <summary>Rule-set publishing over the version store and the rules layer's compiler; the business-admin role is checked first on every call.</summary>
internal sealed class RuleSetPublishingService(IRuleSetVersionStore store, IRuleSetDraftEngine engine, TimeProvider time) : IRuleSetPublishing
{
    public async Task<IReadOnlyList<RuleSetVersionRecord>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        return await store.ListLatestAsync(cancellationToken);
    }

    public async Task<RuleSetVersionRecord?> GetAsync(DesignerUser user, string name, int? version = null, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (version is { } v)
        {
            return await store.FindAsync(name, v, cancellationToken);
        }

        var versions = await store.ListVersionsAsync(name, cancellationToken);
        return versions.Count > 0 ? versions[0] : null;
    }

    public async Task<IReadOnlyList<RuleDraftIssue>> ValidateAsync(DesignerUser user, string name, string draftJson, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(draftJson);
        var versions = await store.ListVersionsAsync(name, cancellationToken);
        return [.. Check(name, draftJson, versions.Count > 0 ? versions[0] : null), .. await CodesUsedElsewhereAsync(name, draftJson, cancellationToken)];
    }

    public async Task<RuleSetPublishResult> PublishAsync(DesignerUser user, string name, string draftJson, int basedOn, string? note = null, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(draftJson);
        FieldLimits.Check("note", note, FieldLimits.InspectionNote);
        var versions = await store.ListVersionsAsync(name, cancellationToken);
        var latest = versions.Count > 0 ? versions[0] : null;
        var issues = Check(name, draftJson, latest);
        issues.AddRange(await CodesUsedElsewhereAsync(name, draftJson, cancellationToken));
        if (issues.Count > 0)
        {
            return new RuleSetPublishResult(null, issues);
        }

        if (latest is not null && latest.Version != basedOn)
        {
            // Someone published after this draft was started: the first publish wins, this one is told who and when.
            throw Conflict(name, versions, basedOn);
        }

        return new RuleSetPublishResult(await AppendAsync(user, name, draftJson, latest, note, cancellationToken), []);
    }

    public async Task<RuleSetPublishResult> RollBackAsync(DesignerUser user, string name, int toVersion, int basedOn, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var versions = await store.ListVersionsAsync(name, cancellationToken);
        var target = versions.FirstOrDefault(v => v.Version == toVersion)
            ?? throw new KeyNotFoundException($"rule set {name} has no version {toVersion}");
        var latest = versions[0];
        if (latest.Version != basedOn)
        {
            throw Conflict(name, versions, basedOn);
        }

        // The old version must still compile against today's fact model before it runs again.
        var issues = Check(name, target.Document, latest);
        if (issues.Count > 0)
        {
            return new RuleSetPublishResult(null, issues);
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"rolled back to v{toVersion} / 回滚至第{toVersion}版");
        return new RuleSetPublishResult(await AppendAsync(user, name, target.Document, latest, note, cancellationToken), []);
    }

    public async Task<IReadOnlyList<RuleSetHistoryEntry>> HistoryAsync(DesignerUser user, string name, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var versions = await store.ListVersionsAsync(name, cancellationToken);
        var result = new List<RuleSetHistoryEntry>(versions.Count);
        for (var i = 0; i < versions.Count; i++)
        {
            var previous = i + 1 < versions.Count ? versions[i + 1] : null;
            result.Add(new RuleSetHistoryEntry(versions[i], Diff(previous?.Document ?? string.Empty, versions[i].Document))
            {
                ChangedRules = [.. versions[i].Rules.Where(r => previous is null || !previous.Rules.Contains(r))],
            });
        }

        return result;
    }

    public async Task<IReadOnlyList<DiffLine>> DiffAsync(DesignerUser user, string name, int version, string otherJson, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentNullException.ThrowIfNull(otherJson);
        var record = await store.FindAsync(name, version, cancellationToken)
            ?? throw new KeyNotFoundException($"rule set {name} has no version {version}");
        return Diff(record.Document, otherJson);
    }

    /// <summary>Line diff by DiffPlex.</summary>
    internal static IReadOnlyList<DiffLine> Diff(string before, string after)
    {
        var model = new SideBySideDiffBuilder(new Differ()).BuildDiffModel(before, after, ignoreWhitespace: false);
        var lines = new List<DiffLine>();
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var old = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var @new = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            if (old is { Type: ChangeType.Unchanged })
            {
                lines.Add(new DiffLine(DiffLineKind.Kept, old.Text, old.Position, @new?.Position));
                continue;
            }

            if (old is { Type: ChangeType.Deleted or ChangeType.Modified })
            {
                lines.Add(new DiffLine(DiffLineKind.Removed, old.Text, old.Position, null));
            }

            if (@new is { Type: ChangeType.Inserted or ChangeType.Modified })
            {
                lines.Add(new DiffLine(DiffLineKind.Added, @new.Text, null, @new.Position));
            }
        }

        return lines;
    }

    private async Task<RuleSetVersionRecord> AppendAsync(DesignerUser user, string name, string json, RuleSetVersionRecord? latest, string? note, CancellationToken cancellationToken)
    {
        var header = RuleSetDocuments.Header(json)!.Value;
        var version = (latest?.Version ?? 0) + 1;
        var (document, rules) = RuleSetDocuments.Stamp(json, version, latest);
        var record = new RuleSetVersionRecord(name, version, header.Kind, document, time.GetUtcNow(), user.Name, latest?.Version, note, rules);
        await store.AppendAsync(record, cancellationToken);
        return record;
    }

    private List<RuleDraftIssue> Check(string name, string json, RuleSetVersionRecord? latest)
    {
        var issues = new List<RuleDraftIssue>();
        if (FieldLimits.Exceeds(json, FieldLimits.DefinitionJson))
        {
            issues.Add(new RuleDraftIssue(null, "document", null,
                string.Create(CultureInfo.InvariantCulture, $"规则集文本超过 {FieldLimits.DefinitionJson} 个字符的上限（现 {json.Length}）。"),
                string.Create(CultureInfo.InvariantCulture, $"The rule set is longer than the limit of {FieldLimits.DefinitionJson} characters ({json.Length}).")));
            return issues;
        }

        var header = RuleSetDocuments.Header(json);
        if (header is { } h && !string.Equals(h.Name, name, StringComparison.Ordinal))
        {
            issues.Add(new RuleDraftIssue(null, "WorkflowName", null,
                $"规则集名称必须是 {name}，草稿写的是 {h.Name}（规则集不能改名）。",
                $"WorkflowName must be {name}, not {h.Name} (a rule set cannot be renamed)."));
        }

        if (header is { } k && latest is not null && !string.Equals(k.Kind, latest.Kind, StringComparison.Ordinal))
        {
            issues.Add(new RuleDraftIssue(null, "Kind", null,
                $"规则集类型必须保持为 {latest.Kind}。", $"Kind must stay {latest.Kind}."));
        }

        issues.AddRange(engine.Validate(json));
        return issues;
    }

    // Rule codes are unique across all sets (findings and the engine know a rule by its code): a code another set's
    // latest version uses is refused here, before the set could fail to load on every node.
    private async Task<List<RuleDraftIssue>> CodesUsedElsewhereAsync(string name, string json, CancellationToken cancellationToken)
    {
        IReadOnlyList<RuleDraft> rules;
        try
        {
            rules = RuleDrafts.Read(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return []; // reported by the parser with its line
        }

        var others = (await store.ListLatestAsync(cancellationToken)).Where(s => !string.Equals(s.Name, name, StringComparison.Ordinal)).ToList();
        return [.. rules.SelectMany(r => others.Where(o => o.Rules.Any(x => x.RuleCode == r.Code)).Select(o => new RuleDraftIssue(r.Code, "RuleName", null,
            $"规则代码 {r.Code} 已在规则集 {o.Name} 中使用，规则代码在所有规则集中必须唯一。",
            $"Rule code {r.Code} is already used in rule set {o.Name}; rule codes are unique across rule sets.")))];
    }

    private static RuleSetPublishConflictException Conflict(string name, IReadOnlyList<RuleSetVersionRecord> versions, int basedOn)
    {
        var winner = versions.FirstOrDefault(v => v.Version == basedOn + 1) ?? versions[0];
        return new RuleSetPublishConflictException(name, winner.Version, winner.PublishedBy, winner.PublishedAt);
    }

    private static void Authorize(DesignerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsBusinessAdmin)
        {
            throw new DesignerAccessDeniedException(user.Name);
        }
    }
}
