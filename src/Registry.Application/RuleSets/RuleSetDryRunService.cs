using System.Text.Json.Nodes;
using Registry.Application.Cases;
using Registry.Application.Designer;
using Registry.Application.Review;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Application.RuleSets;

/// <summary>
/// Dry runs over the production fact builders: the published evaluator and the draft evaluator see the same facts, and
/// only the draft's rule set is compared. Review sets are evaluated at every stage their rules declare (on a finished
/// case, against the register as it stands now); self-check sets on the finished case's facts.
/// </summary>
internal sealed class RuleSetDryRunService(
    IRuleSetDraftEngine engine,
    ICaseRepository cases,
    ReviewFactsBuilder reviewFacts,
    FinishedCaseFactsBuilder finishedFacts) : IRuleSetDryRun
{
    public async Task<RuleDryRunCaseResult> OnCaseAsync(DesignerUser user, string draftJson, string caseNumber, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var (name, kind, stages) = Describe(draftJson);
        var number = CaseNumber.Parse(caseNumber, "caseNumber");
        var registrationCase = await cases.FindAsync(number, cancellationToken)
            ?? throw new KeyNotFoundException($"case {number} does not exist / 业务件 {number} 不存在");
        var pair = await engine.PairAsync(draftJson, cancellationToken);
        var rows = await EvaluateAsync(pair, name, kind, stages, registrationCase, cancellationToken);
        return new RuleDryRunCaseResult(number.Value, name, pair.PublishedVersion, rows);
    }

    public async Task<RuleDryRunBatchResult> OnFinishedCasesAsync(DesignerUser user, string draftJson, int count = 1000, IProgress<RuleDryRunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var (name, kind, stages) = Describe(draftJson);
        var pair = await engine.PairAsync(draftJson, cancellationToken);

        // The last finished, most recent first: only those N are read (the store's index on status moves), however many
        // cases have finished.
        var chosen = await cases.FindLastFinishedAsync(count, cancellationToken);
        var changes = new List<RuleDryRunChange>();
        int newly = 0, stopped = 0, done = 0;
        foreach (var c in chosen)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = await EvaluateAsync(pair, name, kind, stages, c, cancellationToken);
            var draftFires = rows.Where(r => r.DraftFires).Select(r => r.RuleCode).ToHashSet(StringComparer.Ordinal);
            var publishedFires = rows.Where(r => r.PublishedFires).Select(r => r.RuleCode).ToHashSet(StringComparer.Ordinal);
            var added = draftFires.Except(publishedFires).Order(StringComparer.Ordinal).ToList();
            var removed = publishedFires.Except(draftFires).Order(StringComparer.Ordinal).ToList();
            newly += added.Count > 0 ? 1 : 0;
            stopped += removed.Count > 0 ? 1 : 0;
            changes.AddRange(added.Select(code => new RuleDryRunChange(c.Number.Value, c.BusinessType, code, true,
                rows.First(r => r.RuleCode == code && r.DraftFires).Draft!.MessageZh)));
            changes.AddRange(removed.Select(code => new RuleDryRunChange(c.Number.Value, c.BusinessType, code, false,
                rows.First(r => r.RuleCode == code && r.PublishedFires).Published!.MessageZh)));
            progress?.Report(new RuleDryRunProgress(++done, chosen.Count));
        }

        return new RuleDryRunBatchResult(name, pair.PublishedVersion, chosen.Count, newly, stopped, changes);
    }

    private async Task<List<RuleDryRunRow>> EvaluateAsync(RuleSetDraftPair pair, string name, string kind, IReadOnlyList<RuleStage> stages, RegistrationCase registrationCase, CancellationToken cancellationToken)
    {
        var rows = new List<RuleDryRunRow>();
        if (kind == "selfcheck")
        {
            if (await finishedFacts.BuildAsync(registrationCase, cancellationToken) is not { } facts)
            {
                return rows;
            }

            var published = (await Problems(pair.PublishedSelfCheck, facts, name, cancellationToken)).ToDictionary(f => f.RuleCode, StringComparer.Ordinal);
            var draft = (await Problems(pair.DraftSelfCheck, facts, name, cancellationToken)).ToDictionary(f => f.RuleCode, StringComparer.Ordinal);
            rows.AddRange(draft.Keys.Union(published.Keys).Order(StringComparer.Ordinal)
                .Select(code => new RuleDryRunRow(RuleStage.QC, string.Empty, code, published.GetValueOrDefault(code), draft.GetValueOrDefault(code))));
            return rows;
        }

        foreach (var stage in stages)
        {
            foreach (var facts in await reviewFacts.BuildAsync(registrationCase, stage, cancellationToken))
            {
                var published = Evaluate(pair.Published, name, facts, stage);
                var draft = Evaluate(pair.Draft, name, facts, stage);
                foreach (var code in draft.Keys.Union(published.Keys, StringComparer.Ordinal))
                {
                    rows.Add(new RuleDryRunRow(stage, facts.Unit.Code, code, published.GetValueOrDefault(code), draft.GetValueOrDefault(code)));
                }
            }
        }

        return rows;
    }

    private static Dictionary<string, RuleFinding> Evaluate(IRuleSetEvaluator evaluator, string name, Review.Facts.ReviewFacts facts, RuleStage stage)
    {
        try
        {
            return evaluator.Evaluate(name, facts, stage).Findings.GroupBy(f => f.RuleCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
        catch (KeyNotFoundException)
        {
            return new Dictionary<string, RuleFinding>(StringComparer.Ordinal); // a set not yet published
        }
    }

    private static async Task<List<RuleFinding>> Problems(ISelfCheckRunner runner, Review.Facts.FinishedCaseFacts facts, string name, CancellationToken cancellationToken)
    {
        var result = new List<RuleFinding>();
        await foreach (var f in runner.StreamAsync(One(facts), cancellationToken))
        {
            if (f.Finding.RuleSet == name)
            {
                result.Add(f.Finding);
            }
        }

        return result;
    }

#pragma warning disable CS1998 // An async iterator over one item.
    private static async IAsyncEnumerable<Review.Facts.FinishedCaseFacts> One(Review.Facts.FinishedCaseFacts facts)
#pragma warning restore CS1998
    {
        yield return facts;
    }

    private static (string Name, string Kind, IReadOnlyList<RuleStage> Stages) Describe(string draftJson)
    {
        ArgumentNullException.ThrowIfNull(draftJson);
        var header = RuleSetDocuments.Header(draftJson)
            ?? throw new ArgumentException("the draft is not a rule set (WorkflowName and Kind are required) / 草稿不是规则集（缺少 WorkflowName 或 Kind）", nameof(draftJson));
        var stages = new SortedSet<RuleStage>();
        if (JsonNode.Parse(draftJson, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })?["Rules"] is JsonArray rules)
        {
            foreach (var s in rules.Select(r => r?["Properties"]?["Stages"]).OfType<JsonArray>().SelectMany(a => a).Select(v => v?.GetValue<string>()))
            {
                RuleStage? stage = s switch { "INTAKE" => RuleStage.Intake, "REVIEW" => RuleStage.Review, "BOOK" => RuleStage.Book, _ => null };
                if (stage is { } st)
                {
                    stages.Add(st);
                }
            }
        }

        return (header.Name, header.Kind, [.. stages]);
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
