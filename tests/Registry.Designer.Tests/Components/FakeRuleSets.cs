using Registry.Application.Designer;
using Registry.Application.Review;
using Registry.Application.RuleSets;

namespace Registry.Designer.Tests.Components;

/// <summary>
/// The rule designer's use cases as the pages see them, over the shipped review-intake file as published v3. The real
/// services (validation, compile, publish, dry run) are tested on SQLite in Registry.Application.Tests.
/// </summary>
internal sealed class FakeRuleSets : IRuleSetPublishing, IRuleSetDryRun
{
    public FakeRuleSets()
    {
        var json = File.ReadAllText(DesignerDatabase.RepoFile("rules/review-intake.json"));
        Current = new RuleSetVersionRecord("review-intake", 3, "review", json, new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), "repository", 2, null, []);
    }

    public RuleSetVersionRecord Current { get; set; }

    public List<(string User, string Document, int BasedOn, string? Note)> Publishes { get; } = [];

    public List<string> Validated { get; } = [];

    public Func<string, IReadOnlyList<RuleDraftIssue>> Validation { get; set; } = _ => [];

    public RuleSetPublishConflictException? Conflict { get; set; }

    public TaskCompletionSource? HoldDryRun { get; set; }

    public Task<IReadOnlyList<RuleSetVersionRecord>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RuleSetVersionRecord>>(user.IsBusinessAdmin ? [Current] : throw new DesignerAccessDeniedException(user.Name));

    public Task<RuleSetVersionRecord?> GetAsync(DesignerUser user, string name, int? version = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(user.IsBusinessAdmin ? (name == Current.Name ? Current : null) : throw new DesignerAccessDeniedException(user.Name));

    public Task<IReadOnlyList<RuleDraftIssue>> ValidateAsync(DesignerUser user, string name, string draftJson, CancellationToken cancellationToken = default)
    {
        Validated.Add(draftJson);
        return Task.FromResult(Validation(draftJson));
    }

    public Task<RuleSetPublishResult> PublishAsync(DesignerUser user, string name, string draftJson, int basedOn, string? note = null, CancellationToken cancellationToken = default)
    {
        if (Conflict is not null)
        {
            throw Conflict;
        }

        Publishes.Add((user.Name, draftJson, basedOn, note));
        var issues = Validation(draftJson);
        if (issues.Count > 0)
        {
            return Task.FromResult(new RuleSetPublishResult(null, issues));
        }

        Current = Current with { Version = basedOn + 1, Document = draftJson, PublishedBy = user.Name };
        return Task.FromResult(new RuleSetPublishResult(Current, []));
    }

    public Task<IReadOnlyList<RuleSetHistoryEntry>> HistoryAsync(DesignerUser user, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RuleSetHistoryEntry>>([new RuleSetHistoryEntry(Current, [])]);

    public Task<IReadOnlyList<DiffLine>> DiffAsync(DesignerUser user, string name, int version, string otherJson, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DiffLine>>([]);

    public Task<RuleSetPublishResult> RollBackAsync(DesignerUser user, string name, int toVersion, int basedOn, CancellationToken cancellationToken = default) =>
        Task.FromResult(new RuleSetPublishResult(null, []));

    public Task<RuleDryRunCaseResult> OnCaseAsync(DesignerUser user, string draftJson, string caseNumber, CancellationToken cancellationToken = default)
    {
        var published = Finding("REG-JOINT-APPLICATION", RuleSeverity.Block, "双方须共同申请。");
        var draft = published with { Severity = RuleSeverity.Warn, MessageZh = "草稿：双方须共同申请。", Facts = [new FactValue("Applicants", "张三")] };
        return Task.FromResult(new RuleDryRunCaseResult(caseNumber, "review-intake", 3,
        [
            new RuleDryRunRow(RuleStage.Intake, "340121001001GB00001F00010001", "REG-JOINT-APPLICATION", published, draft),
            new RuleDryRunRow(RuleStage.Intake, "340121001001GB00001F00010001", "REG-MATERIALS-COMPLETE", Finding("REG-MATERIALS-COMPLETE", RuleSeverity.Block, null), Finding("REG-MATERIALS-COMPLETE", RuleSeverity.Block, null)),
        ]));
    }

    public async Task<RuleDryRunBatchResult> OnFinishedCasesAsync(DesignerUser user, string draftJson, int count = 1000, IProgress<RuleDryRunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new RuleDryRunProgress(1, 2));
        if (HoldDryRun is not null)
        {
            await HoldDryRun.Task;
        }

        progress?.Report(new RuleDryRunProgress(2, 2));
        return new RuleDryRunBatchResult("review-intake", 3, 2, 1, 0, [new RuleDryRunChange("340121202611200000007", "HouseTransferResale", "REG-JOINT-APPLICATION", true, "草稿：双方须共同申请。")]);
    }

    private static RuleFinding Finding(string code, RuleSeverity severity, string? message) => new()
    {
        RuleCode = code,
        Reference = "X-01",
        RuleVersion = 1,
        RuleSet = "review-intake",
        Category = "parties",
        Severity = severity,
        Outcome = message is null ? RuleOutcome.Pass : RuleOutcome.Fail,
        NameZh = code,
        MessageZh = message,
        MessageEn = message,
    };
}
